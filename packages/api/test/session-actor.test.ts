import { describe, expect, it } from "vitest";
import { createCaller } from "../src/root";
import { loadSession } from "../src/auth/sessions";
import { loadSessionActor } from "../src/services/memberships";
import { requestContextFrom } from "../src/trpc/context";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { countingClient } from "./support/statement-counter";
import { createOrgWorld, createUserWithSession } from "./support/world";

const db = useTestDatabase();
const TEN_MINUTES_AGO = () => new Date(Date.now() - 10 * 60 * 1000);
const config = { trustProxyHops: 0, appUrl: "http://tally.test" };

describe("loading who is signed in", () => {
  it("reads the session, the membership and the organization in one statement when nothing needs refreshing", async () => {
    const world = await createOrgWorld(db(), "one-statement");
    const member = world.members.manager;
    await loadSessionActor(db(), member.sessionId, world.org.slug);
    const { client, statements } = countingClient(db());
    const loaded = await loadSessionActor(client, member.sessionId, world.org.slug);
    expect(statements()).toBe(1);
    expect(loaded?.actor).toMatchObject({
      kind: "member",
      orgId: world.org.id,
      orgSlug: world.org.slug,
      membershipId: member.membershipId,
      role: "manager",
      userId: member.userId,
      weekStart: 1,
      timeZone: "UTC",
    });
  });

  it("knows the session but no actor for an organization the user is not an active member of", async () => {
    const world = await createOrgWorld(db(), "not-member");
    const other = await createOrgWorld(db(), "not-member-other");
    const viewer = world.members.viewer;
    expect((await loadSessionActor(db(), viewer.sessionId, other.org.slug))?.actor).toBeNull();
    expect((await loadSessionActor(db(), viewer.sessionId, "no-such-org"))?.actor).toBeNull();
    await db().membership.update({ where: { orgId_id: { orgId: world.org.id, id: viewer.membershipId } }, data: { status: "deactivated" } });
    const deactivated = await loadSessionActor(db(), viewer.sessionId, world.org.slug);
    expect(deactivated?.user.id).toBe(viewer.userId);
    expect(deactivated?.actor).toBeNull();
  });

  it("refuses an expired or unknown session", async () => {
    const world = await createOrgWorld(db(), "expired-actor");
    const admin = world.members.admin;
    expect(await loadSessionActor(db(), "no-such-session", world.org.slug)).toBeNull();
    await db().session.update({ where: { id: admin.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadSessionActor(db(), admin.sessionId, world.org.slug)).toBeNull();
    expect(await loadSession(db(), admin.sessionId)).toBeNull();
  });

  it("refreshes when a session was last seen and a member last active only once they are five minutes old", async () => {
    const world = await createOrgWorld(db(), "touch");
    const hr = world.members.hr;
    const membershipKey = { orgId_id: { orgId: world.org.id, id: hr.membershipId } };
    await db().session.update({ where: { id: hr.sessionId }, data: { lastSeenAt: TEN_MINUTES_AGO() } });
    await db().membership.update({ where: membershipKey, data: { lastActiveAt: TEN_MINUTES_AGO() } });
    const before = Date.now() - 1000;
    await loadSessionActor(db(), hr.sessionId, world.org.slug);
    const seen = (await db().session.findUniqueOrThrow({ where: { id: hr.sessionId } })).lastSeenAt;
    const active = (await db().membership.findUniqueOrThrow({ where: membershipKey })).lastActiveAt;
    expect(seen.getTime()).toBeGreaterThan(before);
    expect(active?.getTime()).toBeGreaterThan(before);

    const recent = new Date(Date.now() - 60 * 1000);
    await db().session.update({ where: { id: hr.sessionId }, data: { lastSeenAt: recent } });
    await loadSession(db(), hr.sessionId);
    expect((await db().session.findUniqueOrThrow({ where: { id: hr.sessionId } })).lastSeenAt).toEqual(recent);
    await db().session.update({ where: { id: hr.sessionId }, data: { lastSeenAt: TEN_MINUTES_AGO() } });
    await loadSession(db(), hr.sessionId);
    expect((await db().session.findUniqueOrThrow({ where: { id: hr.sessionId } })).lastSeenAt.getTime()).toBeGreaterThan(before);
  });

  it("loads it once for all the calls of one request, and again for the next request", async () => {
    const world = await createOrgWorld(db(), "per-request");
    const admin = world.members.admin;
    const { client, statements } = countingClient(db());
    const request = createCaller(requestContextFrom(client, new Headers(), admin.sessionId, config));
    await request.organization.current({ orgSlug: world.org.slug });
    const afterFirst = statements();
    await request.organization.current({ orgSlug: world.org.slug });
    await request.organization.current({ orgSlug: world.org.slug });
    // organization.current reads nothing beyond the actor: later calls of the same request cost no statement.
    expect(statements()).toBe(afterFirst);

    const next = createCaller(requestContextFrom(client, new Headers(), admin.sessionId, config));
    await next.organization.current({ orgSlug: world.org.slug });
    expect(statements()).toBe(afterFirst + 1);
  });

  it("a signed-in call after an org-scoped one in the same request reuses the session it loaded", async () => {
    const world = await createOrgWorld(db(), "authed-reuse");
    const viewer = world.members.viewer;
    await loadSessionActor(db(), viewer.sessionId, world.org.slug);
    const { client, statements } = countingClient(db());
    const request = createCaller(requestContextFrom(client, new Headers(), viewer.sessionId, config));
    await request.organization.current({ orgSlug: world.org.slug });
    expect(await request.account.me()).toEqual({ id: viewer.userId, email: viewer.email, name: expect.any(String) });
    expect(statements()).toBe(1);

    const alone = createCaller(requestContextFrom(client, new Headers(), viewer.sessionId, config));
    await alone.account.me();
    await alone.account.me();
    expect(statements()).toBe(2);
  });

  it("a sign-out between two requests ends the session for the next one", async () => {
    const user = await createUserWithSession(db(), "sign-out-between");
    expect(await outcomeOf(callerFor(db(), user.sessionId).account.me())).toBe("OK");
    await db().session.delete({ where: { id: user.sessionId } });
    const next = createCaller(requestContextFrom(db(), new Headers(), user.sessionId, config));
    expect(await outcomeOf(next.account.me())).toBe("UNAUTHORIZED");
  });
});
