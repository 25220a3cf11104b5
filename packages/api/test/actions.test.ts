import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@tally/db";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function as(w: OrgWorld, role: keyof OrgWorld["members"]) {
  return callerFor(db(), w.members[role].sessionId);
}

/** A KPI only the admin (its owner) and those who see everything can see: restricted, in no team. */
async function restrictedKpi(prisma: PrismaClient, w: OrgWorld) {
  const kpi = await prisma.kpi.create({
    data: {
      orgId: w.org.id,
      name: "Board-only margin",
      activeName: "board-only margin",
      category: "financial",
      unit: "number",
      direction: "increase",
      cadence: "monthly",
      visibility: "restricted",
      startDate: new Date("2025-01-01T00:00:00Z"),
      ownerMembershipId: w.members.admin.membershipId,
    },
    select: { id: true },
  });
  return kpi.id;
}

async function fieldOf(call: Promise<unknown>): Promise<{ code: string; field: string | null | undefined; message: string }> {
  try {
    await call;
  } catch (error) {
    const e = error as { code: string; message: string; cause?: { field?: string | null } };
    return { code: e.code, field: e.cause?.field, message: e.message };
  }
  throw new Error("The call succeeded.");
}

const base = { title: "Call the churned accounts", dueDate: "2026-06-30", description: "" };

describe("creating an action", () => {
  it("links it to the KPIs, audits it and tells its new owner", async () => {
    const w = await createOrgWorld(db(), "actions-create");
    const created = await as(w, "manager").action.create({
      orgSlug: w.org.slug,
      ...base,
      ownerMembershipId: w.members.viewer.membershipId,
      kpiIds: [w.kpis.ownedBy.manager],
      reviewId: w.reviewing.reviews.manager,
    });
    const stored = await db().action.findUniqueOrThrow({ where: { orgId_id: { orgId: w.org.id, id: created.id } }, include: { kpis: true } });
    expect(stored).toMatchObject({ status: "open", reviewId: w.reviewing.reviews.manager, createdByMembershipId: w.members.manager.membershipId });
    expect(stored.kpis.map((link) => link.kpiId)).toEqual([w.kpis.ownedBy.manager]);
    const audit = await db().auditEvent.findFirst({ where: { orgId: w.org.id, action: "action.created", targetId: created.id } });
    expect(audit).not.toBeNull();
    const notices = await db().notification.findMany({ where: { orgId: w.org.id, kind: "action_assigned" } });
    expect(notices).toEqual([expect.objectContaining({ recipientMembershipId: w.members.viewer.membershipId, link: `/kpis/${w.kpis.ownedBy.manager}` })]);
  });

  it("does not notify a member who gives an action to themselves", async () => {
    const w = await createOrgWorld(db(), "actions-self");
    await as(w, "admin").action.create({ orgSlug: w.org.slug, ...base, ownerMembershipId: w.members.admin.membershipId, kpiIds: [w.kpis.ownedBy.admin] });
    expect(await db().notification.count({ where: { orgId: w.org.id, kind: "action_assigned" } })).toBe(0);
  });

  it("refuses a manager a KPI outside their teams, on the KPI field, and writes nothing", async () => {
    const w = await createOrgWorld(db(), "actions-reach");
    const before = await db().action.count({ where: { orgId: w.org.id } });
    const error = await fieldOf(
      as(w, "manager").action.create({
        orgSlug: w.org.slug,
        ...base,
        ownerMembershipId: w.members.manager.membershipId,
        kpiIds: [w.kpis.ownedBy.manager, w.kpis.ownedBy.executive],
      }),
    );
    expect(error).toMatchObject({ code: "FORBIDDEN", field: "kpiIds" });
    expect(await db().action.count({ where: { orgId: w.org.id } })).toBe(before);
  });

  it("answers NOT_FOUND for a KPI the member cannot see", async () => {
    const w = await createOrgWorld(db(), "actions-hidden");
    const hidden = await restrictedKpi(db(), w);
    const call = as(w, "manager").action.create({ orgSlug: w.org.slug, ...base, ownerMembershipId: w.members.manager.membershipId, kpiIds: [hidden] });
    expect(await outcomeOf(call)).toBe("NOT_FOUND");
  });

  it("asks for an owner who is active and sees every KPI", async () => {
    const w = await createOrgWorld(db(), "actions-owner");
    const hidden = await restrictedKpi(db(), w);
    const blind = await fieldOf(as(w, "admin").action.create({ orgSlug: w.org.slug, ...base, ownerMembershipId: w.members.viewer.membershipId, kpiIds: [hidden] }));
    expect(blind).toMatchObject({ code: "BAD_REQUEST", field: "ownerMembershipId" });
    expect(blind.message).toContain("Board-only margin");

    await db().membership.update({ where: { orgId_id: { orgId: w.org.id, id: w.members.hr.membershipId } }, data: { status: "deactivated" } });
    const gone = await fieldOf(as(w, "admin").action.create({ orgSlug: w.org.slug, ...base, ownerMembershipId: w.members.hr.membershipId, kpiIds: [w.kpis.ownedBy.admin] }));
    expect(gone).toMatchObject({ code: "BAD_REQUEST", field: "ownerMembershipId", message: "Choose an active member of this organization as the owner." });

    const stranger = await createOrgWorld(db(), "actions-stranger");
    const foreign = await fieldOf(
      as(w, "admin").action.create({ orgSlug: w.org.slug, ...base, ownerMembershipId: stranger.members.admin.membershipId, kpiIds: [w.kpis.ownedBy.admin] }),
    );
    expect(foreign).toMatchObject({ field: "ownerMembershipId" });
  });

  it("offers as owners only the active members who see the KPIs", async () => {
    const w = await createOrgWorld(db(), "actions-options");
    const hidden = await restrictedKpi(db(), w);
    const options = await as(w, "admin").action.formOptions({ orgSlug: w.org.slug, kpiIds: [hidden] });
    expect(options.canManage).toBe(true);
    expect(options.owners.map((owner) => owner.membershipId).sort()).toEqual(
      [w.members.admin.membershipId, w.members.executive.membershipId, w.secondAdmin.membershipId].sort(),
    );
    const manager = await as(w, "manager").action.formOptions({ orgSlug: w.org.slug, kpiIds: [w.kpis.ownedBy.executive] });
    expect(manager).toMatchObject({ canManage: false, owners: [] });
  });

  it("refuses a closed review or one of another organization", async () => {
    const w = await createOrgWorld(db(), "actions-review");
    const other = await createOrgWorld(db(), "actions-review-other");
    await db().review.update({ where: { orgId_id: { orgId: w.org.id, id: w.reviewing.reviews.admin } }, data: { status: "closed", closedAt: new Date() } });
    const input = { orgSlug: w.org.slug, ...base, ownerMembershipId: w.members.admin.membershipId, kpiIds: [w.kpis.ownedBy.admin] };
    expect(await fieldOf(as(w, "admin").action.create({ ...input, reviewId: w.reviewing.reviews.admin }))).toMatchObject({ code: "CONFLICT", field: "reviewId" });
    expect(await fieldOf(as(w, "admin").action.create({ ...input, reviewId: other.reviewing.reviews.admin }))).toMatchObject({ field: "reviewId" });
  });
});

describe("editing an action", () => {
  it("replaces its KPIs, re-checking each, and tells a new owner", async () => {
    const w = await createOrgWorld(db(), "actions-edit");
    const actionId = w.reviewing.actions.manager;
    const input = { orgSlug: w.org.slug, actionId, ...base, ownerMembershipId: w.members.viewer.membershipId };
    expect(await fieldOf(as(w, "manager").action.update({ ...input, kpiIds: [w.kpis.ownedBy.executive] }))).toMatchObject({ code: "FORBIDDEN", field: "kpiIds" });
    await as(w, "admin").action.update({ ...input, kpiIds: [w.kpis.ownedBy.admin, w.kpis.ownedBy.hr] });
    const links = await db().actionKpi.findMany({ where: { orgId: w.org.id, actionId }, orderBy: { kpiId: "asc" } });
    expect(links.map((link) => link.kpiId)).toEqual([w.kpis.ownedBy.admin, w.kpis.ownedBy.hr].sort());
    // The manager no longer reaches every KPI of the action, so may no longer edit it.
    expect(await outcomeOf(as(w, "manager").action.update({ ...input, kpiIds: [w.kpis.ownedBy.manager] }))).toBe("FORBIDDEN");
    const notices = await db().notification.count({ where: { orgId: w.org.id, kind: "action_assigned", recipientMembershipId: w.members.viewer.membershipId } });
    expect(notices).toBe(1);
    expect(await db().auditEvent.count({ where: { orgId: w.org.id, action: "action.updated", targetId: actionId } })).toBe(1);
  });
});

describe("changing an action's status", () => {
  it("lets a viewer close their own action but no one else's", async () => {
    const w = await createOrgWorld(db(), "actions-viewer");
    const viewer = as(w, "viewer");
    expect(await outcomeOf(viewer.action.setStatus({ orgSlug: w.org.slug, actionId: w.reviewing.actions.viewer, status: "done" }))).toBe("OK");
    // The admin's KPI is visible to everyone, so the viewer sees the action but may not close it.
    expect(await outcomeOf(viewer.action.setStatus({ orgSlug: w.org.slug, actionId: w.reviewing.actions.admin, status: "done" }))).toBe("FORBIDDEN");
    expect(await outcomeOf(viewer.action.create({ orgSlug: w.org.slug, ...base, ownerMembershipId: w.members.viewer.membershipId, kpiIds: [w.kpis.ownedBy.admin] }))).toBe(
      "FORBIDDEN",
    );
  });

  it("moves open → done → open → dropped, stamping and clearing the completion", async () => {
    const w = await createOrgWorld(db(), "actions-moves");
    const admin = as(w, "admin");
    const actionId = w.reviewing.actions.hr;
    const read = () => db().action.findUniqueOrThrow({ where: { orgId_id: { orgId: w.org.id, id: actionId } } });
    await admin.action.setStatus({ orgSlug: w.org.slug, actionId, status: "done" });
    expect((await read()).completedAt).not.toBeNull();
    expect(await fieldOf(admin.action.setStatus({ orgSlug: w.org.slug, actionId, status: "dropped" }))).toMatchObject({ code: "CONFLICT", field: "status" });
    expect(await fieldOf(admin.action.setStatus({ orgSlug: w.org.slug, actionId, status: "done" }))).toMatchObject({ code: "CONFLICT", field: "status" });
    await admin.action.setStatus({ orgSlug: w.org.slug, actionId, status: "open" });
    expect(await read()).toMatchObject({ status: "open", completedAt: null });
    await admin.action.setStatus({ orgSlug: w.org.slug, actionId, status: "dropped" });
    expect((await read()).status).toBe("dropped");
    expect(await db().auditEvent.count({ where: { orgId: w.org.id, action: "action.status_changed", targetId: actionId } })).toBe(3);
  });
});

describe("listing actions", () => {
  it("shows each member only what they may see, with filters", async () => {
    const w = await createOrgWorld(db(), "actions-list");
    const hidden = await restrictedKpi(db(), w);
    const secret = await as(w, "admin").action.create({ orgSlug: w.org.slug, ...base, title: "Secret fix", ownerMembershipId: w.members.admin.membershipId, kpiIds: [hidden] });
    const mine = await as(w, "admin").action.create({ orgSlug: w.org.slug, ...base, title: "Hidden task of the executive", ownerMembershipId: w.members.executive.membershipId, kpiIds: [hidden] });

    const adminList = await as(w, "admin").action.list({ orgSlug: w.org.slug });
    expect(adminList.items.map((item) => item.id)).toContain(secret.id);
    const managerList = await as(w, "manager").action.list({ orgSlug: w.org.slug });
    expect(managerList.items.map((item) => item.id)).not.toContain(secret.id);
    expect(managerList.total).toBe(6);
    expect(await outcomeOf(as(w, "manager").action.get({ orgSlug: w.org.slug, actionId: mine.id }))).toBe("NOT_FOUND");

    const viewerMine = await as(w, "viewer").action.list({ orgSlug: w.org.slug, mine: true });
    expect(viewerMine.items.map((item) => item.id)).toEqual([w.reviewing.actions.viewer]);
    expect(viewerMine.items[0]).toMatchObject({ mine: true, overdue: true, permissions: { canChangeStatus: true, canEdit: false } });

    const byKpi = await as(w, "admin").action.list({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy.hr });
    expect(byKpi.items.map((item) => item.id)).toEqual([w.reviewing.actions.hr]);
    await as(w, "admin").action.setStatus({ orgSlug: w.org.slug, actionId: w.reviewing.actions.hr, status: "done" });
    const done = await as(w, "admin").action.list({ orgSlug: w.org.slug, status: "done" });
    expect(done.items.map((item) => item.id)).toEqual([w.reviewing.actions.hr]);
    const byReview = await as(w, "admin").action.list({ orgSlug: w.org.slug, reviewId: w.reviewing.reviews.admin });
    expect(byReview.total).toBe(0);
  });

  it("lets an assignee see an action on a KPI hidden from them, without naming the KPI", async () => {
    const w = await createOrgWorld(db(), "actions-assignee");
    const hidden = await restrictedKpi(db(), w);
    const created = await as(w, "admin").action.create({ orgSlug: w.org.slug, ...base, ownerMembershipId: w.members.admin.membershipId, kpiIds: [hidden] });
    await db().action.update({ where: { orgId_id: { orgId: w.org.id, id: created.id } }, data: { ownerMembershipId: w.members.viewer.membershipId } });
    const seen = await as(w, "viewer").action.get({ orgSlug: w.org.slug, actionId: created.id });
    expect(seen).toMatchObject({ kpis: [], hiddenKpiCount: 1, permissions: { canChangeStatus: true } });
  });
});

describe("flags", () => {
  it("flags an off-track or overdue KPI with no open action on the overview and My KPIs", async () => {
    const w = await createOrgWorld(db(), "actions-flags");
    const admin = as(w, "admin");
    const itemOf = async () => (await admin.dashboard.overview({ orgSlug: w.org.slug })).needsAttention.find((item) => item.id === w.kpis.ownedBy.admin);
    const before = await admin.dashboard.overview({ orgSlug: w.org.slug });
    expect(await itemOf()).toMatchObject({ status: "overdue", hasOpenAction: true });
    expect((await admin.dashboard.mine({ orgSlug: w.org.slug })).kpis.find((kpi) => kpi.id === w.kpis.ownedBy.admin)?.noOpenAction).toBe(false);

    await admin.action.setStatus({ orgSlug: w.org.slug, actionId: w.reviewing.actions.admin, status: "dropped" });
    expect(await itemOf()).toMatchObject({ hasOpenAction: false });
    expect((await admin.dashboard.overview({ orgSlug: w.org.slug })).withoutAction).toBe(before.withoutAction + 1);
    expect((await admin.dashboard.mine({ orgSlug: w.org.slug })).kpis.find((kpi) => kpi.id === w.kpis.ownedBy.admin)?.noOpenAction).toBe(true);
  });
});
