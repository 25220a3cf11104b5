import { describe, expect, it } from "vitest";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

describe("member.list", () => {
  it("lists members with teams, and filters by search, role, status and team in the database", async () => {
    const world = await createOrgWorld(db(), "list");
    const team = await db().team.create({ data: { orgId: world.org.id, name: "Ops", kind: "department" } });
    await db().teamMembership.create({ data: { orgId: world.org.id, teamId: team.id, membershipId: world.members.manager.membershipId, isLead: true } });
    await db().membership.update({ where: { orgId_id: { orgId: world.org.id, id: world.members.viewer.membershipId } }, data: { status: "deactivated" } });
    const hr = callerFor(db(), world.members.hr.sessionId);

    const all = await hr.member.list({ orgSlug: world.org.slug });
    expect(all.total).toBe(7);
    const manager = all.members.find((m) => m.membershipId === world.members.manager.membershipId);
    expect(manager).toMatchObject({ role: "manager", status: "active" });
    expect(manager?.teams).toContainEqual({ id: team.id, name: "Ops", kind: "department", isLead: true });
    expect(JSON.stringify(all)).not.toMatch(/passwordHash|\$argon2/);

    expect((await hr.member.list({ orgSlug: world.org.slug, role: "admin" })).members.map((m) => m.role)).toEqual(["admin", "admin"]);
    expect((await hr.member.list({ orgSlug: world.org.slug, status: "deactivated" })).members.map((m) => m.membershipId)).toEqual([world.members.viewer.membershipId]);
    expect((await hr.member.list({ orgSlug: world.org.slug, teamId: team.id })).members.map((m) => m.membershipId)).toEqual([world.members.manager.membershipId]);
    const byEmail = await hr.member.list({ orgSlug: world.org.slug, search: world.members.executive.email.slice(0, 20).toUpperCase() });
    expect(byEmail.members.map((m) => m.membershipId)).toEqual([world.members.executive.membershipId]);
  });

  it("takes % and _ in a search literally, as characters of a name or address", async () => {
    const world = await createOrgWorld(db(), "likesearch");
    await db().user.update({ where: { id: world.members.viewer.userId }, data: { name: "Ann_Lee" } });
    await db().user.update({ where: { id: world.members.manager.userId }, data: { name: "AnnXLee 100%" } });
    const admin = callerFor(db(), world.members.admin.sessionId);
    const names = async (search: string) => (await admin.member.list({ orgSlug: world.org.slug, search })).members.map((m) => m.name);
    expect(await names("n_l")).toEqual(["Ann_Lee"]);
    expect(await names("100%")).toEqual(["AnnXLee 100%"]);
    expect(await names("0%L")).toEqual([]);
    expect(await names("ann")).toHaveLength(2);
  });

  it("never lists members of another organization", async () => {
    const world = await createOrgWorld(db(), "mine");
    await createOrgWorld(db(), "notmine");
    const list = await callerFor(db(), world.members.admin.sessionId).member.list({ orgSlug: world.org.slug });
    const emails = list.members.map((m) => m.email);
    expect(emails.every((email) => email.startsWith("mine-"))).toBe(true);
  });
});

describe("roles and deactivation", () => {
  it("an admin changes a role, with the change in the audit log", async () => {
    const world = await createOrgWorld(db(), "role");
    const admin = callerFor(db(), world.members.admin.sessionId);
    await admin.member.changeRole({ orgSlug: world.org.slug, membershipId: world.members.viewer.membershipId, role: "executive" });
    const current = await callerFor(db(), world.members.viewer.sessionId).organization.current({ orgSlug: world.org.slug });
    expect(current.membership.role).toBe("executive");
    const [event] = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "member.role_changed" } });
    expect(event).toMatchObject({ actorUserId: world.members.admin.userId, before: { role: "viewer" }, after: { role: "executive" } });
  });

  it("the last active admin cannot be demoted, deactivated or leave", async () => {
    const world = await createOrgWorld(db(), "lastadmin");
    const admin = callerFor(db(), world.members.admin.sessionId);
    const second = callerFor(db(), world.secondAdmin.sessionId);
    await admin.member.deactivate({ orgSlug: world.org.slug, membershipId: world.secondAdmin.membershipId });
    expect(await outcomeOf(second.organization.current({ orgSlug: world.org.slug }))).toBe("NOT_FOUND");

    const demote = await admin.member
      .changeRole({ orgSlug: world.org.slug, membershipId: world.members.admin.membershipId, role: "viewer" })
      .catch((e: unknown) => e);
    expect(demote).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("last active admin") });
    expect(await outcomeOf(admin.member.leave({ orgSlug: world.org.slug }))).toBe("CONFLICT");
    expect(await outcomeOf(admin.member.deactivate({ orgSlug: world.org.slug, membershipId: world.members.admin.membershipId }))).toBe("BAD_REQUEST");
    expect((await admin.organization.current({ orgSlug: world.org.slug })).membership.role).toBe("admin");
  });

  it("two admins demoting each other at the same moment leave one admin", async () => {
    for (let round = 0; round < 5; round += 1) {
      const world = await createOrgWorld(db(), `mutual${round}`);
      const a = callerFor(db(), world.members.admin.sessionId);
      const b = callerFor(db(), world.secondAdmin.sessionId);
      const results = await Promise.allSettled([
        a.member.changeRole({ orgSlug: world.org.slug, membershipId: world.secondAdmin.membershipId, role: "viewer" }),
        b.member.changeRole({ orgSlug: world.org.slug, membershipId: world.members.admin.membershipId, role: "viewer" }),
      ]);
      const admins = await db().membership.count({ where: { orgId: world.org.id, role: "admin", status: "active" } });
      expect(admins).toBe(1);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    }
  });

  it("deactivation ends the member's access to the organization at once; reactivation restores it", async () => {
    const world = await createOrgWorld(db(), "deact");
    const admin = callerFor(db(), world.members.admin.sessionId);
    const manager = callerFor(db(), world.members.manager.sessionId);
    await admin.member.deactivate({ orgSlug: world.org.slug, membershipId: world.members.manager.membershipId });
    expect(await outcomeOf(manager.organization.current({ orgSlug: world.org.slug }))).toBe("NOT_FOUND");
    expect(await outcomeOf(manager.kpi.list({ orgSlug: world.org.slug }))).toBe("NOT_FOUND");

    await admin.member.reactivate({ orgSlug: world.org.slug, membershipId: world.members.manager.membershipId });
    expect((await manager.organization.current({ orgSlug: world.org.slug })).membership.role).toBe("manager");
    const membership = await db().membership.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: world.members.manager.membershipId } } });
    expect(membership.status).toBe("active");
    expect(
      (await db().auditEvent.findMany({ where: { orgId: world.org.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action).filter((a) => a.startsWith("member.")),
    ).toEqual(["member.deactivated", "member.reactivated"]);
  });

  it("a member leaves and loses access; their teams are left too", async () => {
    const world = await createOrgWorld(db(), "leave");
    const team = await db().team.create({ data: { orgId: world.org.id, name: "Crew", kind: "project" } });
    await db().teamMembership.create({ data: { orgId: world.org.id, teamId: team.id, membershipId: world.members.project_lead.membershipId } });
    const lead = callerFor(db(), world.members.project_lead.sessionId);
    await lead.member.leave({ orgSlug: world.org.slug });
    expect(await outcomeOf(lead.organization.current({ orgSlug: world.org.slug }))).toBe("NOT_FOUND");
    expect(await db().teamMembership.count({ where: { orgId: world.org.id, teamId: team.id } })).toBe(0);
  });

  it("cannot touch a member of another organization", async () => {
    const world = await createOrgWorld(db(), "scope");
    const other = await createOrgWorld(db(), "scopeother");
    const admin = callerFor(db(), world.members.admin.sessionId);
    expect(await outcomeOf(admin.member.deactivate({ orgSlug: world.org.slug, membershipId: other.members.viewer.membershipId }))).toBe("NOT_FOUND");
    expect(await outcomeOf(admin.member.changeRole({ orgSlug: world.org.slug, membershipId: other.members.viewer.membershipId, role: "admin" }))).toBe("NOT_FOUND");
    const untouched = await db().membership.findUniqueOrThrow({ where: { orgId_id: { orgId: other.org.id, id: other.members.viewer.membershipId } } });
    expect(untouched).toMatchObject({ role: "viewer", status: "active" });
  });

  it("deactivation in one organization leaves the person's other organizations working in the same session", async () => {
    const a = await createOrgWorld(db(), "deacta");
    const b = await db().organization.create({ data: { name: "Second home", slug: `second-home-${a.org.slug}`.slice(0, 60) }, select: { id: true, slug: true } });
    const person = a.members.manager;
    await db().membership.create({ data: { orgId: b.id, userId: person.userId, role: "viewer" } });
    const caller = callerFor(db(), person.sessionId);
    expect(await outcomeOf(caller.organization.current({ orgSlug: b.slug }))).toBe("OK");

    await callerFor(db(), a.members.admin.sessionId).member.deactivate({ orgSlug: a.org.slug, membershipId: person.membershipId });

    expect(await outcomeOf(caller.organization.current({ orgSlug: a.org.slug }))).toBe("NOT_FOUND");
    expect(await outcomeOf(caller.member.list({ orgSlug: a.org.slug }))).toBe("NOT_FOUND");
    expect((await caller.organization.current({ orgSlug: b.slug })).membership.role).toBe("viewer");
    expect(await caller.account.me()).toMatchObject({ id: person.userId });
    expect(await db().session.count({ where: { id: person.sessionId } })).toBe(1);
  });
});
