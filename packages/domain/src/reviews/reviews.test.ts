import { describe, expect, it } from "vitest";
import type { ActorScope, KpiScope } from "../auth/kpi-access";
import { ROLES } from "../auth/roles";
import { canOnReview, type ReviewSubject } from "./access";
import { agendaOrder, statusNeedsAttention } from "./agenda";
import { detectRestatements } from "./restatements";
import { reviewAdjustmentSchema, reviewEntrySchema, reviewPeriod, startReviewSchema } from "./schemas";

const actor: ActorScope = { membershipId: "me", teams: [] };
const kpi = (over: Partial<KpiScope> = {}): KpiScope => ({ ownerMembershipId: "other", contributorMembershipIds: [], category: "business", visibility: "organization", teamId: null, teamKind: null, ...over }) as KpiScope;
const review = (over: Partial<ReviewSubject> = {}): ReviewSubject => ({ createdByMembershipId: "someone", participantMembershipIds: [], kpis: [kpi()], ...over });

describe("canOnReview", () => {
  it("lets admins and executives do everything on any review", () => {
    for (const role of ["admin", "executive"] as const) {
      for (const action of ["review.view", "review.note", "review.create"] as const) expect(canOnReview(role, action, actor, review())).toBe(true);
    }
  });
  it("lets a viewer view and note a review they take part in, and never run one", () => {
    const mine = review({ participantMembershipIds: ["me"] });
    expect(canOnReview("viewer", "review.view", actor, mine)).toBe(true);
    expect(canOnReview("viewer", "review.note", actor, mine)).toBe(true);
    expect(canOnReview("viewer", "review.create", actor, mine)).toBe(false);
    expect(canOnReview("viewer", "review.view", actor, review())).toBe(false);
  });
  it("lets the starter run their own review whatever its KPIs", () => {
    for (const role of ["manager", "hr", "project_lead"] as const) expect(canOnReview(role, "review.create", actor, review({ createdByMembershipId: "me" }))).toBe(true);
  });
  it("does not let a participant who did not start it run a review of KPIs out of their reach", () => {
    expect(canOnReview("manager", "review.create", actor, review({ participantMembershipIds: ["me"] }))).toBe(false);
    expect(canOnReview("manager", "review.view", actor, review({ participantMembershipIds: ["me"] }))).toBe(true);
  });
  it("judges a KPI-scoped grant by every KPI of the agenda, and refuses an empty agenda", () => {
    const team = { teamId: "t1", kind: "department", isLead: false } as unknown as ActorScope["teams"][number];
    const inTeam = { ...actor, teams: [team] } as ActorScope;
    const teamKpi = kpi({ teamId: "t1", teamKind: "department" } as Partial<KpiScope>);
    expect(canOnReview("manager", "review.create", inTeam, review({ kpis: [teamKpi] }))).toBe(true);
    expect(canOnReview("manager", "review.create", inTeam, review({ kpis: [teamKpi, kpi()] }))).toBe(false);
    expect(canOnReview("manager", "review.create", inTeam, review({ kpis: [] }))).toBe(false);
  });
  it("answers for every role without throwing", () => {
    for (const role of ROLES) expect(typeof canOnReview(role, "review.view", actor, review())).toBe("boolean");
  });
});

describe("agendaOrder", () => {
  it("puts off track, overdue and at risk first, then the rest, by name then id", () => {
    const items = [
      { kpiId: "a", name: "Zeta", status: "on_track" as const },
      { kpiId: "b", name: "Beta", status: "at_risk" as const },
      { kpiId: "c", name: "Alpha", status: "no_data" as const },
      { kpiId: "d", name: "Gamma", status: "overdue" as const },
      { kpiId: "e", name: "Delta", status: "off_track" as const },
      { kpiId: "g", name: "Same", status: "on_track" as const },
      { kpiId: "f", name: "same", status: "on_track" as const },
    ];
    expect(agendaOrder(items).map((i) => i.kpiId)).toEqual(["e", "d", "b", "f", "g", "a", "c"]);
    expect(statusNeedsAttention("at_risk")).toBe(true);
    expect(statusNeedsAttention("on_track")).toBe(false);
    expect(statusNeedsAttention("no_data")).toBe(false);
  });
});

describe("detectRestatements", () => {
  const at = new Date("2026-02-03T10:00:00Z");
  it("reports a changed value and a deleted one, not a value recorded again with the same figure", () => {
    const found = detectRestatements([
      { kpiId: "k2", periodStart: "2026-01-01", frozen: "5", current: { value: "5.0", recordedByMembershipId: "m", updatedAt: at }, deletion: null },
      { kpiId: "k2", periodStart: "2026-01-08", frozen: "5", current: null, deletion: { deletedByMembershipId: "d", deletedAt: at } },
      { kpiId: "k1", periodStart: "2026-01-01", frozen: "10", current: { value: "12", recordedByMembershipId: "m", updatedAt: at }, deletion: null },
    ]);
    expect(found).toEqual([
      { kpiId: "k1", periodStart: "2026-01-01", kind: "corrected", oldValue: "10", newValue: "12", byMembershipId: "m", at },
      { kpiId: "k2", periodStart: "2026-01-08", kind: "deleted", oldValue: "5", newValue: null, byMembershipId: "d", at },
    ]);
  });
  it("reports a deletion of unknown author as such", () => {
    expect(detectRestatements([{ kpiId: "k", periodStart: "2026-01-01", frozen: "1", current: null, deletion: null }])[0]).toMatchObject({ byMembershipId: null, at: null });
  });
});

describe("review schemas", () => {
  const base = { title: "Q1", scope: "organization", period: "month", periodStart: "2026-02-14" };
  it("accepts a month review and computes its period", () => {
    expect(startReviewSchema.parse(base)).toMatchObject({ title: "Q1", kpiIds: [], participantMembershipIds: [], scopeId: null, periodEnd: null });
    expect(reviewPeriod("month", "2026-02-14", null)).toEqual({ periodStart: "2026-02-01", periodEnd: "2026-02-28" });
    expect(reviewPeriod("quarter", "2026-05-10", null)).toEqual({ periodStart: "2026-04-01", periodEnd: "2026-06-30" });
    expect(reviewPeriod("custom", "2026-01-05", "2026-01-20")).toEqual({ periodStart: "2026-01-05", periodEnd: "2026-01-20" });
  });
  const issues = (input: unknown) => {
    const result = startReviewSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
  it("puts each cross-field error on the field to fix", () => {
    expect(issues({ ...base, title: "  " })).toContain("title: Enter a title.");
    expect(issues({ ...base, scope: "team" })).toEqual(["scopeId: Choose a team."]);
    expect(issues({ ...base, scope: "objective" })).toEqual(["scopeId: Choose an objective."]);
    expect(issues({ ...base, scope: "kpis" })).toEqual(["kpiIds: Choose at least one KPI."]);
    expect(issues({ ...base, period: "custom" })).toEqual(["periodEnd: Enter the last day of the period."]);
    expect(issues({ ...base, period: "custom", periodEnd: "2026-02-01" })).toEqual(["periodEnd: The last day must not be before the first."]);
    expect(issues({ ...base, period: "custom", periodEnd: "2027-06-01" })[0]).toMatch(/^periodEnd: Keep a custom period/);
    expect(issues({ ...base, scope: "kpis", kpiIds: ["a", "a"] })).toEqual(["kpiIds.1: This KPI is already in the list."]);
    expect(issues({ ...base, title: "x".repeat(121) })).toEqual(["title: Use at most 120 characters."]);
  });
  it("bounds entry text and requires some", () => {
    expect(reviewEntrySchema.safeParse({ reviewId: "r", text: "" }).success).toBe(false);
    expect(reviewEntrySchema.safeParse({ reviewId: "r", text: "x".repeat(4001) }).success).toBe(false);
    expect(reviewEntrySchema.parse({ reviewId: "r", text: " ok " })).toEqual({ reviewId: "r", kpiId: null, text: "ok" });
  });
  it("takes one of three adjustments", () => {
    expect(reviewAdjustmentSchema.safeParse({ reviewId: "r", kpiId: "k", change: "archive" }).success).toBe(true);
    expect(reviewAdjustmentSchema.safeParse({ reviewId: "r", kpiId: "k", change: "owner" }).success).toBe(false);
    expect(reviewAdjustmentSchema.safeParse({ reviewId: "r", kpiId: "k", change: "target", effectiveFrom: "2026-01-01", target: "10" }).success).toBe(true);
    expect(reviewAdjustmentSchema.safeParse({ reviewId: "r", kpiId: "k", change: "rename" }).success).toBe(false);
  });
});
