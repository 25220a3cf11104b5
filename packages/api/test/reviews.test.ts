import { describe, expect, it } from "vitest";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

describe("review lifecycle", () => {
  it("starts a review of the admin's KPIs, records entries, closes it and then refuses every change", async () => {
    const w = await createOrgWorld(db(), "lifecycle");
    const admin = callerFor(db(), w.members.admin.sessionId);
    const viewer = callerFor(db(), w.members.viewer.sessionId);
    const { id } = await admin.review.create({
      orgSlug: w.org.slug,
      title: "January review",
      scope: "kpis",
      kpiIds: [w.kpis.ownedBy.admin],
      period: "month",
      periodStart: "2026-01-15",
      participantMembershipIds: [w.members.viewer.membershipId],
    });
    const opened = await admin.review.get({ orgSlug: w.org.slug, reviewId: id });
    expect(opened.periodStart).toBe("2026-01-01");
    expect(opened.periodEnd).toBe("2026-01-31");
    expect(opened.agenda.map((item) => item.kpiId)).toEqual([w.kpis.ownedBy.admin]);
    expect(opened.participants.map((p) => p.membershipId).sort()).toEqual([w.members.admin.membershipId, w.members.viewer.membershipId].sort());

    await viewer.review.addNote({ orgSlug: w.org.slug, reviewId: id, kpiId: w.kpis.ownedBy.admin, text: "Seen it." });
    expect(await outcomeOf(viewer.review.addDecision({ orgSlug: w.org.slug, reviewId: id, text: "Decide" }))).toBe("FORBIDDEN");
    await admin.review.addDecision({ orgSlug: w.org.slug, reviewId: id, text: "Keep the target." });

    const invited = await db().notification.count({ where: { orgId: w.org.id, kind: "review_invited", recipientMembershipId: w.members.viewer.membershipId } });
    expect(invited).toBe(1);

    await admin.review.close({ orgSlug: w.org.slug, reviewId: id });
    const closed = await viewer.review.get({ orgSlug: w.org.slug, reviewId: id });
    expect(closed.status).toBe("closed");
    expect(closed.closedBy?.membershipId).toBe(w.members.admin.membershipId);
    expect(closed.agenda).toHaveLength(1);
    expect(closed.entries.map((e) => e.kind)).toEqual(["note", "decision"]);
    expect(closed.can).toEqual({ note: false, run: false });
    expect(await outcomeOf(admin.review.addNote({ orgSlug: w.org.slug, reviewId: id, text: "Late" }))).toBe("CONFLICT");
    expect(await outcomeOf(admin.review.close({ orgSlug: w.org.slug, reviewId: id }))).toBe("CONFLICT");
    const audits = await db().auditEvent.findMany({ where: { orgId: w.org.id, targetId: id }, select: { action: true }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["review.created", "review.closed"]);
  });

  it("lists a value of the review's period corrected after the close as a restatement, old to new, with who", async () => {
    const w = await createOrgWorld(db(), "restated");
    const admin = callerFor(db(), w.members.admin.sessionId);
    const kpiId = w.kpis.ownedBy.admin;
    const kpi = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: w.org.id, id: kpiId } }, select: { startDate: true } });
    const day = kpi.startDate.toISOString().slice(0, 10);
    await admin.checkIn.record({ orgSlug: w.org.slug, kpiId, date: day, value: "10" });
    const { id } = await admin.review.create({ orgSlug: w.org.slug, title: "Restated", scope: "kpis", kpiIds: [kpiId], period: "quarter", periodStart: day, participantMembershipIds: [] });
    await admin.review.close({ orgSlug: w.org.slug, reviewId: id });
    expect((await admin.review.get({ orgSlug: w.org.slug, reviewId: id })).restatements).toEqual([]);
    await admin.checkIn.record({ orgSlug: w.org.slug, kpiId, date: day, value: "12" });
    const { restatements } = await admin.review.get({ orgSlug: w.org.slug, reviewId: id });
    expect(restatements).toHaveLength(1);
    expect(restatements[0]).toMatchObject({ kpiId, kind: "corrected", oldValue: "10", newValue: "12", byMembershipId: w.members.admin.membershipId });
  });
});
