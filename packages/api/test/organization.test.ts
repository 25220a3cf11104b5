import { describe, expect, it } from "vitest";
import { permissionsOf } from "@tally/domain";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, createUserWithSession } from "./support/world";

const db = useTestDatabase();

describe("organization.current", () => {
  it("returns the organization, the caller's role and the role's permissions", async () => {
    const world = await createOrgWorld(db(), "current");
    const current = await callerFor(db(), world.members.hr.sessionId).organization.current({ orgSlug: world.org.slug });
    expect(current.organization).toMatchObject({ id: world.org.id, slug: world.org.slug, name: world.org.name, currency: "USD", weekStart: 1 });
    expect(current.membership).toEqual({ id: world.members.hr.membershipId, role: "hr" });
    expect(current.permissions).toEqual(permissionsOf("hr"));
  });

  it("answers NOT_FOUND for an organization that does not exist, exactly as for a foreign one", async () => {
    const world = await createOrgWorld(db(), "exists");
    const caller = callerFor(db(), world.members.admin.sessionId);
    const missing = await caller.organization.current({ orgSlug: "no-such-org" }).catch((e: unknown) => e);
    const other = await createOrgWorld(db(), "foreign");
    const foreign = await caller.organization.current({ orgSlug: other.org.slug }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: "NOT_FOUND" });
    expect(foreign).toMatchObject({ code: "NOT_FOUND", message: (missing as Error).message });
  });

  it("records when a member was last active", async () => {
    const world = await createOrgWorld(db(), "active");
    await callerFor(db(), world.members.viewer.sessionId).organization.current({ orgSlug: world.org.slug });
    const membership = await db().membership.findUniqueOrThrow({
      where: { orgId_id: { orgId: world.org.id, id: world.members.viewer.membershipId } },
    });
    expect(membership.lastActiveAt).not.toBeNull();
  });
});

describe("organization.mine and organization.create", () => {
  it("lists only the organizations where the user is an active member", async () => {
    const first = await createOrgWorld(db(), "first");
    const second = await createOrgWorld(db(), "second");
    const user = first.members.manager;
    await db().membership.create({ data: { orgId: second.org.id, userId: user.userId, role: "viewer" } });
    const third = await createOrgWorld(db(), "third");
    await db().membership.create({ data: { orgId: third.org.id, userId: user.userId, role: "viewer", status: "deactivated" } });

    const mine = await callerFor(db(), user.sessionId).organization.mine();
    expect(mine.map((org) => org.slug).sort()).toEqual([first.org.slug, second.org.slug].sort());
    expect(mine.find((org) => org.slug === second.org.slug)?.role).toBe("viewer");
  });

  it("lets a signed-in user start another organization as its admin and switch to it", async () => {
    const user = await createUserWithSession(db(), "founder");
    const caller = callerFor(db(), user.sessionId);
    const created = await caller.organization.create({ orgName: "Second Venture", orgSlug: "second-venture" });
    expect(created).toMatchObject({ name: "Second Venture", slug: "second-venture" });
    const current = await caller.organization.current({ orgSlug: "second-venture" });
    expect(current.membership.role).toBe("admin");
    expect(await outcomeOf(caller.organization.create({ orgName: "Copy", orgSlug: "second-venture" }))).toBe("CONFLICT");
  });
});

describe("organization.updateSettings", () => {
  it("renames the organization and records who changed what in the audit log", async () => {
    const world = await createOrgWorld(db(), "rename");
    const caller = callerFor(db(), world.members.admin.sessionId);
    const updated = await caller.organization.updateSettings({ orgSlug: world.org.slug, name: "  Renamed Co  " });
    expect(updated.name).toBe("Renamed Co");
    const events = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "organization.settings_updated" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorUserId: world.members.admin.userId,
      before: { name: world.org.name },
      after: { name: "Renamed Co" },
    });
  });

  it.each([
    ["an empty name", ""],
    ["a one-letter name", "A"],
    ["a huge name", "x".repeat(10_000)],
  ])("refuses %s and changes nothing", async (_label, name) => {
    const world = await createOrgWorld(db(), "badname");
    const caller = callerFor(db(), world.members.admin.sessionId);
    expect(await outcomeOf(caller.organization.updateSettings({ orgSlug: world.org.slug, name }))).toBe("BAD_REQUEST");
    expect((await db().organization.findUniqueOrThrow({ where: { id: world.org.id } })).name).toBe(world.org.name);
    expect(await db().auditEvent.count({ where: { orgId: world.org.id } })).toBe(0);
  });

  it("cannot rename another organization by passing its slug", async () => {
    const mine = await createOrgWorld(db(), "mine");
    const theirs = await createOrgWorld(db(), "theirs");
    const caller = callerFor(db(), mine.members.admin.sessionId);
    expect(await outcomeOf(caller.organization.updateSettings({ orgSlug: theirs.org.slug, name: "Hijacked" }))).toBe("NOT_FOUND");
    expect((await db().organization.findUniqueOrThrow({ where: { id: theirs.org.id } })).name).toBe(theirs.org.name);
  });
});

describe("organization.updateSettings: currency, format, time zone and week start", () => {
  it("changes them and audits only what changed", async () => {
    const world = await createOrgWorld(db(), "formats");
    const caller = callerFor(db(), world.members.admin.sessionId);
    const updated = await caller.organization.updateSettings({
      orgSlug: world.org.slug,
      name: world.org.name,
      currency: "EUR",
      locale: "de-DE",
      timeZone: "Europe/Berlin",
      weekStart: 1,
    });
    expect(updated).toMatchObject({ currency: "EUR", locale: "de-DE", timeZone: "Europe/Berlin", weekStart: 1 });
    const events = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "organization.settings_updated" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      before: { currency: "USD", locale: "en-US", timeZone: "UTC" },
      after: { currency: "EUR", locale: "de-DE", timeZone: "Europe/Berlin" },
    });
    const current = await caller.organization.current({ orgSlug: world.org.slug });
    expect(current.organization).toMatchObject({ currency: "EUR", locale: "de-DE", timeZone: "Europe/Berlin" });
  });

  it.each([
    ["an unknown currency", { currency: "XYZ" }],
    ["an unknown format", { locale: "xx-XX" }],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }],
    ["a week start of 8", { weekStart: 8 }],
  ])("refuses %s and changes nothing", async (_label, change) => {
    const world = await createOrgWorld(db(), "badformat");
    const caller = callerFor(db(), world.members.admin.sessionId);
    expect(await outcomeOf(caller.organization.updateSettings({ orgSlug: world.org.slug, name: world.org.name, ...change } as never))).toBe("BAD_REQUEST");
    expect(await db().organization.findUniqueOrThrow({ where: { id: world.org.id } })).toMatchObject({ currency: "USD", locale: "en-US", timeZone: "UTC", weekStart: 1 });
  });

  it("moves the week start only while no weekly KPI has values", async () => {
    const world = await createOrgWorld(db(), "weekstart");
    const caller = callerFor(db(), world.members.admin.sessionId);
    expect((await caller.organization.updateSettings({ orgSlug: world.org.slug, name: world.org.name, weekStart: 7 })).weekStart).toBe(7);
    await db().kpi.update({ where: { orgId_id: { orgId: world.org.id, id: world.kpis.ownedBy.admin } }, data: { cadence: "weekly" } });
    await caller.checkIn.record({ orgSlug: world.org.slug, kpiId: world.kpis.ownedBy.admin, date: "2025-03-02", value: "1", comment: "" });
    const refusal = await caller.organization.updateSettings({ orgSlug: world.org.slug, name: world.org.name, weekStart: 1 }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("week start") });
    expect((await db().organization.findUniqueOrThrow({ where: { id: world.org.id } })).weekStart).toBe(7);
  });

  it("lets no one below admin change them", async () => {
    const world = await createOrgWorld(db(), "formatrole");
    const caller = callerFor(db(), world.members.executive.sessionId);
    expect(await outcomeOf(caller.organization.updateSettings({ orgSlug: world.org.slug, name: world.org.name, timeZone: "Pacific/Auckland" }))).toBe("FORBIDDEN");
  });
});
