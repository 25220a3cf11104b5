import { describe, expect, it } from "vitest";
import { describeError } from "../src/trpc/error-shape";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

async function reviewOf(w: OrgWorld, kpiId: string) {
  const admin = callerFor(db(), w.members.admin.sessionId);
  const { id } = await admin.review.create({ orgSlug: w.org.slug, title: "Adjustments", scope: "kpis", kpiIds: [kpiId], period: "month", periodStart: "2026-01-15", participantMembershipIds: [] });
  return id;
}

describe("review.adjust", () => {
  it("sets a target from a date as a new KPI version with its history and audit, linked to the review", async () => {
    const w = await createOrgWorld(db(), "adjust-target");
    const admin = callerFor(db(), w.members.admin.sessionId);
    const kpiId = w.kpis.ownedBy.manager;
    const reviewId = await reviewOf(w, kpiId);
    const result = await admin.review.adjust({ orgSlug: w.org.slug, reviewId, kpiId, change: "target", effectiveFrom: "2026-02-01", target: "120", warning: "100", reason: "The new plant doubles capacity." });
    expect(result.kpiVersion).toBe(2);

    const targets = await db().kpiTarget.findMany({ where: { orgId: w.org.id, kpiId }, orderBy: { effectiveFrom: "asc" }, select: { effectiveFrom: true, target: true, warning: true } });
    expect(targets.map((t) => [t.effectiveFrom.toISOString().slice(0, 10), t.target?.toString(), t.warning?.toString()])).toEqual([
      ["2025-01-01", "100", "80"],
      ["2026-02-01", "120", "100"],
    ]);
    const revision = await db().kpiRevision.findFirstOrThrow({ where: { orgId: w.org.id, kpiId, version: 2 }, select: { changes: true } });
    expect(Object.keys(revision.changes as object)).toEqual(["targets"]);
    const audits = await db().auditEvent.findMany({ where: { orgId: w.org.id, action: { in: ["kpi.updated", "review.adjusted"] } }, select: { action: true, targetId: true } });
    expect(audits).toEqual(expect.arrayContaining([{ action: "kpi.updated", targetId: kpiId }, { action: "review.adjusted", targetId: reviewId }]));

    const review = await admin.review.get({ orgSlug: w.org.slug, reviewId });
    const entry = review.entries.find((e) => e.kind === "adjustment");
    expect(entry).toMatchObject({ kpiId, kpiVersion: 2, text: "Set target 120, warning 100 for Owned by manager from 2026-02-01. The new plant doubles capacity." });
  });

  it("gives a KPI a new owner and archives another, each through the KPI's own rules", async () => {
    const w = await createOrgWorld(db(), "adjust-owner");
    const admin = callerFor(db(), w.members.admin.sessionId);
    const kpiId = w.kpis.ownedBy.hr;
    const reviewId = await reviewOf(w, kpiId);
    await admin.review.adjust({ orgSlug: w.org.slug, reviewId, kpiId, change: "owner", ownerMembershipId: w.members.executive.membershipId });
    const owned = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: w.org.id, id: kpiId } }, select: { ownerMembershipId: true, version: true } });
    expect(owned).toEqual({ ownerMembershipId: w.members.executive.membershipId, version: 2 });

    await admin.review.adjust({ orgSlug: w.org.slug, reviewId, kpiId, change: "archive" });
    const archived = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: w.org.id, id: kpiId } }, select: { archivedAt: true, version: true } });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.version).toBe(3);
    expect(await outcomeOf(admin.review.adjust({ orgSlug: w.org.slug, reviewId, kpiId, change: "archive" }))).toBe("CONFLICT");
    const { entries } = await admin.review.get({ orgSlug: w.org.slug, reviewId });
    expect(entries.map((e) => [e.kind, e.kpiVersion])).toEqual([
      ["adjustment", 2],
      ["adjustment", 3],
    ]);
  });

  it("refuses a target the KPI's rules refuse, beside the field, and changes nothing", async () => {
    const w = await createOrgWorld(db(), "adjust-invalid");
    const admin = callerFor(db(), w.members.admin.sessionId);
    const kpiId = w.kpis.ownedBy.admin;
    const reviewId = await reviewOf(w, kpiId);
    // For a KPI where higher is better, the warning must be below the target.
    const refused = admin.review.adjust({ orgSlug: w.org.slug, reviewId, kpiId, change: "target", effectiveFrom: "2026-02-01", target: "100", warning: "150" });
    const error = await refused.then(() => null, (caught: unknown) => caught);
    expect(describeError(error).fieldErrors).toEqual({ warning: [expect.stringMatching(/warning/i)] });
    const kpi = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: w.org.id, id: kpiId } }, select: { version: true } });
    expect(kpi.version).toBe(1);
    expect(await db().reviewEntry.count({ where: { orgId: w.org.id, reviewId } })).toBe(0);
  });

  it("refuses a KPI that is not on the agenda, a closed review, and a runner who may not edit the KPI", async () => {
    const w = await createOrgWorld(db(), "adjust-refusals");
    const admin = callerFor(db(), w.members.admin.sessionId);
    const executive = callerFor(db(), w.members.executive.sessionId);
    const kpiId = w.kpis.ownedBy.manager;
    const reviewId = await reviewOf(w, kpiId);
    const target = { change: "target" as const, effectiveFrom: "2026-02-01", target: "110", warning: "90" };
    expect(await outcomeOf(admin.review.adjust({ orgSlug: w.org.slug, reviewId, kpiId: w.kpis.ownedBy.viewer, ...target }))).toBe("BAD_REQUEST");
    // Executives run any review, but edit only the KPIs they own.
    expect(await outcomeOf(executive.review.adjust({ orgSlug: w.org.slug, reviewId, kpiId, ...target }))).toBe("FORBIDDEN");
    await admin.review.close({ orgSlug: w.org.slug, reviewId });
    expect(await outcomeOf(admin.review.adjust({ orgSlug: w.org.slug, reviewId, kpiId, ...target }))).toBe("CONFLICT");
    const kpi = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: w.org.id, id: kpiId } }, select: { version: true } });
    expect(kpi.version).toBe(1);
  });
});
