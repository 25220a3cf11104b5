import { describe, expect, it } from "vitest";
import { hashToken } from "../src/auth/tokens";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { lastMailTo, tokenOf } from "./support/outbox";
import { createOrgWorld, createUserWithSession } from "./support/world";

const db = useTestDatabase();

let seq = 0;
function address(label: string) {
  seq += 1;
  return `${label}-${seq}-${Date.now().toString(36)}@invited.test`;
}

async function invite(world: Awaited<ReturnType<typeof createOrgWorld>>, email: string, role: "executive" | "hr" | "manager" | "viewer" | "admin" = "viewer", teamIds: string[] = []) {
  const admin = callerFor(db(), world.members.admin.sessionId);
  const [created] = await admin.invitation.create({ orgSlug: world.org.slug, invitations: [{ email, role, teamIds }] });
  return { invitation: created!, token: tokenOf((await lastMailTo(db(), email)).link) };
}

describe("invitation.create", () => {
  it("invites several people at once, each with a role and teams, and queues one mail each with a link", async () => {
    const world = await createOrgWorld(db(), "invite");
    const team = await db().team.create({ data: { orgId: world.org.id, name: "Treasury", kind: "department" } });
    const admin = callerFor(db(), world.members.admin.sessionId);
    const [exec, hr] = [address("exec"), address("hr")];
    const created = await admin.invitation.create({
      orgSlug: world.org.slug,
      invitations: [
        { email: exec, role: "executive", teamIds: [] },
        { email: hr.toUpperCase(), role: "hr", teamIds: [team.id] },
      ],
    });
    expect(created.map((i) => [i.email, i.role])).toEqual([
      [exec, "executive"],
      [hr, "hr"],
    ]);
    const mail = await lastMailTo(db(), hr);
    expect(mail.subject).toContain(world.org.name);
    expect(mail.link).toMatch(new RegExp(`^http://tally\\.test/invite/${world.org.id}\\.[A-Za-z0-9_-]{43}$`));

    const stored = await db().invitation.findFirstOrThrow({ where: { orgId: world.org.id, email: hr }, include: { teams: true } });
    const secret = tokenOf(mail.link).split(".")[1]!;
    expect(stored.tokenHash).toBe(hashToken(secret));
    expect(stored.tokenHash).not.toContain(secret);
    expect(stored.teams.map((t) => t.teamId)).toEqual([team.id]);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(7 * 24 * 3600 * 1000, -4);
    const audit = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "invitation.created" } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(tokenOf(mail.link));
  });

  it("refuses an existing member or an already invited address, creating nothing at all", async () => {
    const world = await createOrgWorld(db(), "dupe");
    const admin = callerFor(db(), world.members.admin.sessionId);
    const fresh = address("fresh");
    const before = await db().invitation.count({ where: { orgId: world.org.id } });

    const member = await admin.invitation
      .create({ orgSlug: world.org.slug, invitations: [{ email: fresh, role: "viewer", teamIds: [] }, { email: world.members.hr.email, role: "viewer", teamIds: [] }] })
      .catch((e: unknown) => e);
    expect(member).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already a member") });
    expect(await db().invitation.count({ where: { orgId: world.org.id } })).toBe(before);
    expect(await db().mailOutbox.count({ where: { to: fresh } })).toBe(0);

    await invite(world, fresh);
    const again = await admin.invitation.create({ orgSlug: world.org.slug, invitations: [{ email: fresh, role: "hr", teamIds: [] }] }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already invited") });
  });

  it("refuses a team of another organization", async () => {
    const world = await createOrgWorld(db(), "teamcheck");
    const other = await createOrgWorld(db(), "teamother");
    const foreignTeam = await db().team.create({ data: { orgId: other.org.id, name: "Theirs", kind: "project" } });
    const admin = callerFor(db(), world.members.admin.sessionId);
    const outcome = await outcomeOf(
      admin.invitation.create({ orgSlug: world.org.slug, invitations: [{ email: address("x"), role: "viewer", teamIds: [foreignTeam.id] }] }),
    );
    expect(outcome).toBe("BAD_REQUEST");
  });

  it("replaces an expired invitation to the same address", async () => {
    const world = await createOrgWorld(db(), "reinvite");
    const email = address("late");
    const { invitation } = await invite(world, email);
    await db().invitation.update({ where: { orgId_id: { orgId: world.org.id, id: invitation.id } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const list = await callerFor(db(), world.members.admin.sessionId).invitation.list({ orgSlug: world.org.slug });
    expect(list.find((i) => i.id === invitation.id)?.expired).toBe(true);
    await invite(world, email, "manager");
    const pending = await db().invitation.findMany({ where: { orgId: world.org.id, email, status: "pending" } });
    expect(pending.map((i) => i.role)).toEqual(["manager"]);
  });
});

describe("accepting", () => {
  it("shows the invitation without changing it, and a new person joins with the invited address", async () => {
    const world = await createOrgWorld(db(), "newperson");
    const team = await db().team.create({ data: { orgId: world.org.id, name: "Delivery", kind: "project" } });
    const email = address("newbie");
    const { token } = await invite(world, email, "manager", [team.id]);
    const anonymous = callerFor(db(), null);

    const preview = await anonymous.invitation.preview({ token });
    expect(preview).toMatchObject({ state: "valid", accountExists: false, invitation: { email, role: "manager", orgSlug: world.org.slug } });
    expect(await db().membership.count({ where: { orgId: world.org.id, user: { email } } })).toBe(0);

    const result = await anonymous.invitation.acceptAsNewUser({ token, name: "New Person", password: "a long new passphrase" });
    expect(result).toEqual({ orgSlug: world.org.slug, email });
    const membership = await db().membership.findFirstOrThrow({ where: { orgId: world.org.id, user: { email } }, include: { teams: true } });
    expect(membership.role).toBe("manager");
    expect(membership.teams.map((t) => t.teamId)).toEqual([team.id]);
    expect((await anonymous.invitation.preview({ token })).state).toBe("used");
  });

  it("a signed-in user with the invited address accepts; one with another address cannot", async () => {
    const world = await createOrgWorld(db(), "existing");
    const invited = await createUserWithSession(db(), "invitedperson");
    const stranger = await createUserWithSession(db(), "stranger");
    const { token } = await invite(world, invited.email, "hr");

    expect(await outcomeOf(callerFor(db(), stranger.sessionId).invitation.accept({ token }))).toBe("FORBIDDEN");
    expect((await callerFor(db(), null).invitation.preview({ token })).accountExists).toBe(true);
    expect(await callerFor(db(), invited.sessionId).invitation.accept({ token })).toEqual({ orgSlug: world.org.slug });
    const current = await callerFor(db(), invited.sessionId).organization.current({ orgSlug: world.org.slug });
    expect(current.membership.role).toBe("hr");
  });

  it("two simultaneous accepts create exactly one membership", async () => {
    const world = await createOrgWorld(db(), "race");
    const invited = await createUserWithSession(db(), "racer");
    const { token } = await invite(world, invited.email);
    const results = await Promise.allSettled([
      callerFor(db(), invited.sessionId).invitation.accept({ token }),
      callerFor(db(), invited.sessionId).invitation.accept({ token }),
      callerFor(db(), invited.sessionId).invitation.accept({ token }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().membership.count({ where: { orgId: world.org.id, userId: invited.userId } })).toBe(1);
  });

  it("two simultaneous sign-ups through one link create exactly one account and membership", async () => {
    const world = await createOrgWorld(db(), "race2");
    const email = address("twice");
    const { token } = await invite(world, email);
    const results = await Promise.allSettled([
      callerFor(db(), null).invitation.acceptAsNewUser({ token, name: "A", password: "first passphrase here" }),
      callerFor(db(), null).invitation.acceptAsNewUser({ token, name: "B", password: "second passphrase here" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().user.count({ where: { email } })).toBe(1);
    expect(await db().membership.count({ where: { orgId: world.org.id, user: { email } } })).toBe(1);
  });

  it.each([
    ["malformed", "not-a-token"],
    ["malformed", `corg.${"B".repeat(42)}`],
    ["unknown", "B".repeat(43)],
    ["unknown", `cm0nosuchorg000000000000.${"B".repeat(43)}`],
  ])("a %s link (%s) is refused", async (state, token) => {
    const user = await createUserWithSession(db(), "linkcheck");
    expect((await callerFor(db(), null).invitation.preview({ token })).state).toBe(state);
    expect(await outcomeOf(callerFor(db(), user.sessionId).invitation.accept({ token }))).toBe("NOT_FOUND");
  });

  it("expired, revoked and used links each say what happened", async () => {
    const world = await createOrgWorld(db(), "states");
    const admin = callerFor(db(), world.members.admin.sessionId);
    const user = await createUserWithSession(db(), "statecheck");

    const expired = await invite(world, address("exp"));
    await db().invitation.update({ where: { orgId_id: { orgId: world.org.id, id: expired.invitation.id } }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await callerFor(db(), null).invitation.preview({ token: expired.token })).state).toBe("expired");

    const revoked = await invite(world, user.email);
    await admin.invitation.revoke({ orgSlug: world.org.slug, invitationId: revoked.invitation.id });
    expect((await callerFor(db(), null).invitation.preview({ token: revoked.token })).state).toBe("revoked");
    const refused = await callerFor(db(), user.sessionId).invitation.accept({ token: revoked.token }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("withdrawn") });
  });

  it("resending issues a new link and the old one stops working", async () => {
    const world = await createOrgWorld(db(), "resend");
    const user = await createUserWithSession(db(), "resent");
    const { invitation, token: oldToken } = await invite(world, user.email);
    await db().invitation.update({
      where: { orgId_id: { orgId: world.org.id, id: invitation.id } },
      data: { lastSentAt: new Date(Date.now() - 11 * 60 * 1000) },
    });
    await callerFor(db(), world.members.admin.sessionId).invitation.resend({ orgSlug: world.org.slug, invitationId: invitation.id });
    const newToken = tokenOf((await lastMailTo(db(), user.email)).link);
    expect(newToken).not.toBe(oldToken);
    expect((await callerFor(db(), null).invitation.preview({ token: oldToken })).state).toBe("unknown");
    expect(await callerFor(db(), user.sessionId).invitation.accept({ token: newToken })).toEqual({ orgSlug: world.org.slug });
  });
});

describe("invitation links name their organization", () => {
  it("finds each invitation within its own organization, even when two share a token hash", async () => {
    const first = await createOrgWorld(db(), "tenant-a");
    const second = await createOrgWorld(db(), "tenant-b");
    const email = address("both");
    const { token } = await invite(first, email, "manager");
    const [orgId, secret] = token.split(".") as [string, string];
    expect(orgId).toBe(first.org.id);
    // The same hash may exist once per organization; each link reaches only its own.
    await db().invitation.create({
      data: {
        orgId: second.org.id,
        email,
        pendingEmail: email,
        role: "viewer",
        tokenHash: hashToken(secret),
        invitedByUserId: second.members.admin.userId,
        expiresAt: new Date(Date.now() + 24 * 3600 * 1000),
      },
    });
    const anonymous = callerFor(db(), null);
    expect((await anonymous.invitation.preview({ token })).invitation).toMatchObject({ orgSlug: first.org.slug, role: "manager" });
    expect((await anonymous.invitation.preview({ token: `${second.org.id}.${secret}` })).invitation).toMatchObject({
      orgSlug: second.org.slug,
      role: "viewer",
    });
    expect((await anonymous.invitation.preview({ token: secret })).state).toBe("unknown");
    expect(await outcomeOf(anonymous.invitation.acceptAsNewUser({ token: secret, name: "Old Link", password: "a long new passphrase" }))).toBe(
      "BAD_REQUEST",
    );
  });
});
