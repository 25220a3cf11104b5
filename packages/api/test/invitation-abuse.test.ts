import { describe, expect, it } from "vitest";
import { ADMIN_INVITATION_MAILS_PER_DAY, ORG_INVITATION_MAILS_PER_DAY } from "@tally/domain";
import { inviteMembers } from "../src/services/invitations";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { lastMailTo, tokenOf } from "./support/outbox";
import { createOrgWorld, createUserWithSession, type Member, type OrgWorld } from "./support/world";

const db = useTestDatabase();
const HOUR_MS = 60 * 60 * 1000;

let seq = 0;
function address(label: string) {
  seq += 1;
  return `${label}-${seq}-${Date.now().toString(36)}@abuse.test`;
}

async function invite(world: OrgWorld, by: Member, email: string) {
  const [created] = await callerFor(db(), by.sessionId).invitation.create({ orgSlug: world.org.slug, invitations: [{ email, role: "viewer", teamIds: [] }] });
  return { invitation: created!, token: tokenOf((await lastMailTo(db(), email)).link) };
}

/** Invitation mails sent earlier, as the audit log remembers them. */
async function sentBefore(world: OrgWorld, by: { userId: string }, count: number, ago = HOUR_MS) {
  await db().auditEvent.createMany({
    data: Array.from({ length: count }, () => ({
      orgId: world.org.id,
      actorUserId: by.userId,
      action: "invitation.created",
      targetType: "invitation",
      createdAt: new Date(Date.now() - ago),
    })),
  });
}

async function failureOf(call: Promise<unknown>) {
  return call.then(
    () => {
      throw new Error("The call succeeded.");
    },
    (error: unknown) => error as { code: string; message: string },
  );
}

describe("invitation mail limits", () => {
  it(`lets one admin send ${ADMIN_INVITATION_MAILS_PER_DAY} invitation mails in 24 hours, then says how long to wait`, async () => {
    const world = await createOrgWorld(db(), "admin-limit");
    const admin = world.members.admin;
    await sentBefore(world, admin, ADMIN_INVITATION_MAILS_PER_DAY - 1);
    await sentBefore(world, admin, 30, 25 * HOUR_MS); // older than a day: not counted

    const caller = callerFor(db(), admin.sessionId);
    const two = [address("a"), address("b")];
    const tooMany = await failureOf(
      caller.invitation.create({ orgSlug: world.org.slug, invitations: two.map((email) => ({ email, role: "viewer" as const, teamIds: [] })) }),
    );
    expect(tooMany).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringContaining("1 invitation mail left") });
    expect(await db().invitation.count({ where: { orgId: world.org.id, email: { in: two } } })).toBe(0);
    expect(await db().mailOutbox.count({ where: { to: { in: two } } })).toBe(0);

    await invite(world, admin, two[0]!);
    const spent = await failureOf(caller.invitation.create({ orgSlug: world.org.slug, invitations: [{ email: two[1]!, role: "viewer", teamIds: [] }] }));
    expect(spent).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/You have sent 50 invitation mails in the last 24 hours.*Try again in 23 hours/) });

    // Another admin of the same organization still has their own allowance.
    await invite(world, world.secondAdmin, two[1]!);
  });

  it(`stops the whole organization at ${ORG_INVITATION_MAILS_PER_DAY} invitation mails in 24 hours, resends included`, async () => {
    const world = await createOrgWorld(db(), "org-limit");
    const { invitation } = await invite(world, world.members.admin, address("first"));
    // Mails of admins who have since gone count for the organization as well.
    for (const userId of ["gone-1", "gone-2", "gone-3", "gone-4"]) await sentBefore(world, { userId }, 40);
    await sentBefore(world, { userId: "gone-5" }, ORG_INVITATION_MAILS_PER_DAY - 1 - 160);
    const counted = await db().auditEvent.count({ where: { orgId: world.org.id, action: { in: ["invitation.created", "invitation.resent"] } } });
    expect(counted).toBe(ORG_INVITATION_MAILS_PER_DAY);

    const second = callerFor(db(), world.secondAdmin.sessionId);
    const refused = await failureOf(second.invitation.create({ orgSlug: world.org.slug, invitations: [{ email: address("late"), role: "viewer", teamIds: [] }] }));
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringContaining(`has sent ${ORG_INVITATION_MAILS_PER_DAY} invitation mails`) });

    await db().invitation.update({ where: { orgId_id: { orgId: world.org.id, id: invitation.id } }, data: { lastSentAt: new Date(Date.now() - HOUR_MS) } });
    expect(await outcomeOf(second.invitation.resend({ orgSlug: world.org.slug, invitationId: invitation.id }))).toBe("TOO_MANY_REQUESTS");
  });

  it("counts invitations sent at the same moment one after the other", async () => {
    const world = await createOrgWorld(db(), "limit-race");
    const admin = world.members.admin;
    await sentBefore(world, admin, ADMIN_INVITATION_MAILS_PER_DAY - 2);
    const emails = [address("r1"), address("r2"), address("r3"), address("r4")];
    const results = await Promise.allSettled(
      emails.map((email) =>
        callerFor(db(), admin.sessionId).invitation.create({ orgSlug: world.org.slug, invitations: [{ email, role: "viewer", teamIds: [] }] }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(await db().invitation.count({ where: { orgId: world.org.id, email: { in: emails } } })).toBe(2);
  });

  it("resends an invitation at most once in 10 minutes", async () => {
    const world = await createOrgWorld(db(), "cooldown");
    const { invitation } = await invite(world, world.members.admin, address("patient"));
    const admin = callerFor(db(), world.members.admin.sessionId);
    const resend = () => admin.invitation.resend({ orgSlug: world.org.slug, invitationId: invitation.id });

    const early = await failureOf(resend());
    expect(early).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/send it again in (9|10) minutes/) });
    expect(await db().auditEvent.count({ where: { orgId: world.org.id, action: "invitation.resent" } })).toBe(0);

    await db().invitation.update({ where: { orgId_id: { orgId: world.org.id, id: invitation.id } }, data: { lastSentAt: new Date(Date.now() - 11 * 60 * 1000) } });
    await resend();
    expect(await outcomeOf(resend())).toBe("TOO_MANY_REQUESTS");
    const stored = await db().invitation.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: invitation.id } } });
    expect(Date.now() - stored.lastSentAt.getTime()).toBeLessThan(60_000);
  });
});

describe("an inviter who loses the right to invite", () => {
  async function pendingWorld(label: string) {
    const world = await createOrgWorld(db(), label);
    const { invitation, token } = await invite(world, world.members.admin, address(label));
    const untouched = await invite(world, world.secondAdmin, address(`${label}-other`));
    return { world, invitation, token, untouched };
  }

  async function expectRevoked(world: OrgWorld, invitationId: string, token: string) {
    const stored = await db().invitation.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: invitationId } } });
    expect(stored).toMatchObject({ status: "revoked", pendingEmail: null });
    const audit = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "invitation.revoked", targetId: invitationId } });
    expect(audit).toHaveLength(1);
    expect((await callerFor(db(), null).invitation.preview({ token })).state).toBe("revoked");
  }

  async function expectStillPending(world: OrgWorld, invitationId: string) {
    const stored = await db().invitation.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: invitationId } } });
    expect(stored.status).toBe("pending");
  }

  it("loses the invitations they sent when demoted", async () => {
    const { world, invitation, token, untouched } = await pendingWorld("demoted");
    await callerFor(db(), world.secondAdmin.sessionId).member.changeRole({ orgSlug: world.org.slug, membershipId: world.members.admin.membershipId, role: "manager" });
    await expectRevoked(world, invitation.id, token);
    await expectStillPending(world, untouched.invitation.id);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { orgId: world.org.id, action: "invitation.revoked", targetId: invitation.id } });
    expect(audit.actorUserId).toBe(world.secondAdmin.userId);
  });

  it("keeps them when the new role may still invite", async () => {
    const { world, invitation, untouched } = await pendingWorld("still-admin");
    await callerFor(db(), world.members.admin.sessionId).member.changeRole({ orgSlug: world.org.slug, membershipId: world.secondAdmin.membershipId, role: "admin" });
    await expectStillPending(world, invitation.id);
    await expectStillPending(world, untouched.invitation.id);
  });

  it("loses them when deactivated", async () => {
    const { world, invitation, token, untouched } = await pendingWorld("deactivated");
    await callerFor(db(), world.secondAdmin.sessionId).member.deactivate({ orgSlug: world.org.slug, membershipId: world.members.admin.membershipId });
    await expectRevoked(world, invitation.id, token);
    await expectStillPending(world, untouched.invitation.id);
  });

  it("loses them when leaving the organization", async () => {
    const { world, invitation, token, untouched } = await pendingWorld("leaving");
    await callerFor(db(), world.members.admin.sessionId).member.leave({ orgSlug: world.org.slug });
    await expectRevoked(world, invitation.id, token);
    await expectStillPending(world, untouched.invitation.id);
  });

  it("cannot bring anyone in through an invitation that escaped the revocation", async () => {
    const world = await createOrgWorld(db(), "escaped");
    const invited = await createUserWithSession(db(), "escapee");
    const { token } = await invite(world, world.members.admin, invited.email);
    const newcomer = address("newcomer");
    const { token: newcomerToken } = await invite(world, world.members.admin, newcomer);
    // The role changes without the service, as an older release or a repair by hand would have left it.
    await db().membership.update({ where: { orgId_id: { orgId: world.org.id, id: world.members.admin.membershipId } }, data: { role: "viewer" } });

    const refused = await failureOf(callerFor(db(), invited.sessionId).invitation.accept({ token }));
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("can no longer invite people") });
    expect(await db().membership.count({ where: { orgId: world.org.id, userId: invited.userId } })).toBe(0);
    expect((await callerFor(db(), null).invitation.preview({ token })).state).toBe("revoked");

    const newAccount = await failureOf(
      callerFor(db(), null).invitation.acceptAsNewUser({ token: newcomerToken, name: "Newcomer", password: "a long new passphrase" }),
    );
    expect(newAccount).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("can no longer invite people") });
    expect(await db().user.count({ where: { email: newcomer } })).toBe(0);

    // Restored, the same invitation works again.
    await db().membership.update({ where: { orgId_id: { orgId: world.org.id, id: world.members.admin.membershipId } }, data: { role: "admin" } });
    expect(await callerFor(db(), invited.sessionId).invitation.accept({ token })).toEqual({ orgSlug: world.org.slug });
  });

  it("cannot send an invitation once demoted, even by a request that started before", async () => {
    const world = await createOrgWorld(db(), "stale");
    const admin = world.members.admin;
    const actor = {
      kind: "member" as const,
      orgId: world.org.id,
      orgSlug: world.org.slug,
      orgName: world.org.name,
      currency: "USD",
      weekStart: 1,
      userId: admin.userId,
      userName: "stale-admin",
      userEmail: admin.email,
      membershipId: admin.membershipId,
      role: "admin" as const,
      timeZone: "UTC",
      orgLocale: "en-US",
      locale: "en-US",
    };
    await callerFor(db(), world.secondAdmin.sessionId).member.changeRole({ orgSlug: world.org.slug, membershipId: admin.membershipId, role: "viewer" });
    const email = address("late");
    const refused = await inviteMembers(db(), actor, { invitations: [{ email, role: "viewer", teamIds: [] }] }, "http://tally.test").catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: "forbidden", message: expect.stringContaining("no longer allows inviting") });
    expect(await db().invitation.count({ where: { orgId: world.org.id, email } })).toBe(0);
  });
});
