import { beforeAll, describe, expect, it } from "vitest";
import { can, ROLES } from "@tally/domain";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();
let w: OrgWorld;
let other: OrgWorld;

beforeAll(async () => {
  [w, other] = await Promise.all([createOrgWorld(db(), "review-pages"), createOrgWorld(db(), "review-pages-other")]);
}, 120_000);

const callerOf = (role: (typeof ROLES)[number], world: OrgWorld = w) => callerFor(db(), world.members[role].sessionId);

describe("review.briefing", () => {
  it("groups the entries and actions per KPI, keeps the general ones apart and says what the reader may do", async () => {
    const admin = callerOf("admin");
    const { id } = await admin.review.create({
      orgSlug: w.org.slug,
      title: "Briefing page",
      scope: "kpis",
      kpiIds: [w.kpis.ownedBy.admin, w.kpis.ownedBy.executive],
      period: "month",
      periodStart: "2025-02-10",
      participantMembershipIds: [w.members.viewer.membershipId],
    });
    await admin.review.addNote({ orgSlug: w.org.slug, reviewId: id, kpiId: w.kpis.ownedBy.admin, text: "Dipped in February." });
    await admin.review.addDecision({ orgSlug: w.org.slug, reviewId: id, kpiId: w.kpis.ownedBy.executive, text: "Hold the target." });
    await admin.review.addNote({ orgSlug: w.org.slug, reviewId: id, text: "Good meeting." });
    const action = await admin.action.create({
      orgSlug: w.org.slug,
      title: "Call the accounts that left",
      ownerMembershipId: w.members.admin.membershipId,
      dueDate: "2025-03-31",
      kpiIds: [w.kpis.ownedBy.admin],
      reviewId: id,
    });

    const briefing = await admin.review.briefing({ orgSlug: w.org.slug, reviewId: id });
    expect(briefing.review).toMatchObject({ id, title: "Briefing page", status: "open", periodStart: "2025-02-01", periodEnd: "2025-02-28" });
    expect(briefing.can).toEqual({ note: true, run: true });
    const byKpi = new Map(briefing.kpis.map((kpi) => [kpi.item.kpiId, kpi]));
    expect([...byKpi.keys()].sort()).toEqual([w.kpis.ownedBy.admin, w.kpis.ownedBy.executive].sort());
    expect(byKpi.get(w.kpis.ownedBy.admin)!.notes.map((n) => n.text)).toEqual(["Dipped in February."]);
    expect(byKpi.get(w.kpis.ownedBy.admin)!.actions.map((a) => a.id)).toContain(action.id);
    expect(byKpi.get(w.kpis.ownedBy.admin)!.actions.find((a) => a.id === action.id)!.fromThisReview).toBe(true);
    expect(byKpi.get(w.kpis.ownedBy.executive)!.decisions.map((d) => d.text)).toEqual(["Hold the target."]);
    expect(byKpi.get(w.kpis.ownedBy.executive)!.actions.map((a) => a.id)).not.toContain(action.id);
    expect(briefing.generalNotes.map((n) => n.text)).toEqual(["Good meeting."]);

    const asViewer = await callerOf("viewer").review.briefing({ orgSlug: w.org.slug, reviewId: id });
    expect(asViewer.can).toEqual({ note: true, run: false });

    await admin.review.close({ orgSlug: w.org.slug, reviewId: id });
    const closed = await admin.review.briefing({ orgSlug: w.org.slug, reviewId: id });
    expect(closed.review.status).toBe("closed");
    expect(closed.can).toEqual({ note: false, run: false });
    expect(closed.kpis).toHaveLength(2);
  });

  it("hides a review from a member who may not view it and from another organization, as not found", async () => {
    const reviewId = w.reviewing.reviews.admin;
    // Another organization's admin, through their own organization, asks for this one's review.
    expect(await outcomeOf(callerOf("admin", other).review.briefing({ orgSlug: other.org.slug, reviewId }))).toBe("NOT_FOUND");
    const outsider = await db().review.create({
      data: {
        orgId: w.org.id,
        title: "Only the admin's",
        scope: "kpis",
        scopeLabel: "Chosen KPIs",
        periodStart: new Date("2025-01-01T00:00:00Z"),
        periodEnd: new Date("2025-01-31T00:00:00Z"),
        createdByMembershipId: w.members.admin.membershipId,
        participants: { createMany: { data: [{ membershipId: w.members.admin.membershipId }] } },
        items: { createMany: { data: [{ kpiId: w.kpis.ownedBy.admin, position: 0 }] } },
      },
      select: { id: true },
    });
    expect(await outcomeOf(callerOf("viewer").review.briefing({ orgSlug: w.org.slug, reviewId: outsider.id }))).toBe("NOT_FOUND");
  });
});

describe("review.formOptions", () => {
  it("offers each role exactly the KPIs a review of the whole organization would put on its agenda", { timeout: 60_000 }, async () => {
    for (const role of ROLES.filter((r) => can(r, "review.create"))) {
      const caller = callerOf(role);
      const options = await caller.review.formOptions({ orgSlug: w.org.slug });
      const { id } = await caller.review.create({ orgSlug: w.org.slug, title: `All of ${role}`, scope: "organization", period: "month", periodStart: "2025-03-01", participantMembershipIds: [] });
      const review = await caller.review.get({ orgSlug: w.org.slug, reviewId: id });
      expect(options.kpis.map((k) => k.id).sort(), role).toEqual(review.agenda.map((item) => item.kpiId).sort());
      expect(options.kpis.map((k) => k.id), role).toContain(w.kpis.ownedBy[role]);
      const visible = await caller.kpi.list({ orgSlug: w.org.slug });
      const visibleIds = new Set(visible.kpis.map((k) => k.id));
      for (const kpi of options.kpis) expect(visibleIds.has(kpi.id), `${role} sees ${kpi.name}`).toBe(true);
    }
  });

  it("lists the organization's teams, open objectives and active members only, and leaves out archived KPIs", async () => {
    const archived = await db().kpi.update({
      where: { orgId_id: { orgId: w.org.id, id: w.kpis.ownedBy.hr } },
      data: { archivedAt: new Date() },
      select: { id: true },
    });
    try {
      const options = await callerOf("admin").review.formOptions({ orgSlug: w.org.slug });
      expect(options.kpis.map((k) => k.id)).not.toContain(archived.id);
      expect(options.teams.map((t) => t.id).sort()).toEqual([w.teams.department.id, w.teams.project.id].sort());
      expect(options.objectives.map((o) => o.id)).toContain(w.kpis.objectiveId);
      const memberIds = options.members.map((m) => m.membershipId);
      for (const role of ROLES) expect(memberIds).toContain(w.members[role].membershipId);
      for (const role of ROLES) expect(memberIds).not.toContain(other.members[role].membershipId);
      expect(options.members.find((m) => m.membershipId === w.members.viewer.membershipId)).toMatchObject({ role: "viewer" });
      const linked = options.kpis.find((k) => k.id === w.kpis.linkedObjective.kpiId)!;
      expect(linked.objectiveIds).toContain(w.kpis.linkedObjective.id);
    } finally {
      await db().kpi.update({ where: { orgId_id: { orgId: w.org.id, id: archived.id } }, data: { archivedAt: null } });
    }
  });

  it("refuses a viewer, who cannot start reviews", async () => {
    expect(await outcomeOf(callerOf("viewer").review.formOptions({ orgSlug: w.org.slug }))).toBe("FORBIDDEN");
  });
});
