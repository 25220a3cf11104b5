import type { Prisma, PrismaClient, Role } from "@tally/db";
import {
  ADMIN_INVITATION_MAILS_PER_DAY,
  can,
  canGrantRole,
  INVITATION_LIFETIME_DAYS,
  INVITATION_RESEND_COOLDOWN_MINUTES,
  invitationToken,
  ORG_INVITATION_MAILS_PER_DAY,
  ROLE_LABELS,
  type InviteMembersInput,
} from "@tally/domain";
import { newLinkToken } from "../auth/tokens";
import { enqueueMail } from "../mail/outbox";
import { invitationMail } from "../mail/templates/invitation";
import { DomainError, domainError, fieldError, notFound } from "./errors";
import type { OrgActor } from "./actor";
import { recordAudit } from "./audit";
import { isUniqueViolation } from "./unique-violation";

const DAY_MS = 24 * 60 * 60 * 1000;

function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS);
}

/** The link names the organization before the secret, so the invitation is looked up within its organization. */
export function invitationLink(baseUrl: string, orgId: string, secret: string): string {
  return `${baseUrl}/invite/${invitationToken(orgId, secret)}`;
}

const MINUTE_MS = 60 * 1000;
const RESEND_COOLDOWN_MS = INVITATION_RESEND_COOLDOWN_MINUTES * MINUTE_MS;
/** Every invitation mail leaves one of these in the audit log, in the transaction that queues the mail. */
const MAIL_SENDING_ACTIONS = ["invitation.created", "invitation.resent"];

function waitText(ms: number): string {
  if (ms < 60 * MINUTE_MS) {
    const minutes = Math.max(1, Math.ceil(ms / MINUTE_MS));
    return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  }
  const hours = Math.ceil(ms / (60 * MINUTE_MS));
  return `${hours} hour${hours === 1 ? "" : "s"}`;
}

/** Held until the transaction ends; taking it again in the same transaction does not wait. */
async function lockOrgInvitations(tx: Prisma.TransactionClient, orgId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invitations:${orgId}`}, 0))`;
}

/**
 * The sender's role as it is now, held until the transaction ends: a demotion at the same moment waits for
 * this invitation and then withdraws it, or goes first and this one is refused.
 */
async function assertStillMayInvite(tx: Prisma.TransactionClient, actor: OrgActor) {
  const rows = await tx.$queryRaw<{ role: Role; status: string }[]>`
    SELECT role::text AS role, status::text AS status FROM "Membership"
    WHERE "orgId" = ${actor.orgId} AND id = ${actor.membershipId}
    FOR SHARE`;
  const me = rows[0];
  if (me?.status !== "active" || !can(me.role, "member.invite")) {
    throw domainError("forbidden", "Your role no longer allows inviting people to this organization.");
  }
}

function rateLimited(message: string, retryAfterMs: number): DomainError {
  return new DomainError("rate_limited", message, null, Math.max(1000, Math.ceil(retryAfterMs)));
}

/**
 * How many invitation mails the organization and the acting admin may still send in a rolling 24 hours,
 * counting new invitations and resends alike. Takes a lock on the organization's invitations first, so two
 * requests at the same moment count one after the other and cannot both pass the limit.
 */
async function assertMayMail(tx: Prisma.TransactionClient, actor: OrgActor, mails: number, now: Date) {
  await lockOrgInvitations(tx, actor.orgId);
  await assertStillMayInvite(tx, actor);
  const recent = await tx.auditEvent.findMany({
    where: { orgId: actor.orgId, action: { in: MAIL_SENDING_ACTIONS }, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, actorUserId: true },
  });
  const mine = recent.filter((event) => event.actorUserId === actor.userId);
  const checks = [
    { sent: mine, limit: ADMIN_INVITATION_MAILS_PER_DAY, who: "You have" },
    { sent: recent, limit: ORG_INVITATION_MAILS_PER_DAY, who: `${actor.orgName} has` },
  ];
  for (const { sent, limit, who } of checks) {
    const over = sent.length + mails - limit;
    if (over <= 0) continue;
    // The limit frees up as the oldest mails of the window pass 24 hours.
    const freedBy = sent[Math.min(over, sent.length) - 1];
    const waitMs = freedBy ? freedBy.createdAt.getTime() + DAY_MS - now.getTime() : DAY_MS;
    const left = Math.max(0, limit - sent.length);
    throw rateLimited(
      left === 0
        ? `${who} sent ${limit} invitation mails in the last 24 hours, the most allowed. Try again in ${waitText(waitMs)}.`
        : `${who} ${left} invitation mail${left === 1 ? "" : "s"} left of ${limit} per 24 hours. Invite fewer people now, or try again in ${waitText(waitMs)}.`,
      waitMs,
    );
  }
}

/**
 * Invites several people at once, all or none: one refused address leaves nothing created and no mail sent.
 */
export async function inviteMembers(db: PrismaClient, actor: OrgActor, input: InviteMembersInput, baseUrl: string) {
  input.invitations.forEach((entry, index) => {
    if (!canGrantRole(actor.role, entry.role)) {
      throw fieldError(`invitations.${index}.role`, `You cannot invite someone as ${ROLE_LABELS[entry.role]}.`, "invalid");
    }
  });
  const emails = input.invitations.map((entry) => entry.email);
  const teamIds = [...new Set(input.invitations.flatMap((entry) => entry.teamIds))];
  const now = new Date();

  try {
    return await db.$transaction(async (tx) => {
      await assertMayMail(tx, actor, input.invitations.length, now);
      const [members, pending, teams, org] = await Promise.all([
        tx.membership.findMany({ where: { orgId: actor.orgId, user: { email: { in: emails } } }, select: { user: { select: { email: true } } } }),
        tx.invitation.findMany({
          where: { orgId: actor.orgId, pendingEmail: { in: emails } },
          select: { id: true, email: true, expiresAt: true },
        }),
        tx.team.findMany({ where: { orgId: actor.orgId, id: { in: teamIds } }, select: { id: true } }),
        tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { name: true } }),
      ]);
      const memberEmails = new Set(members.map((m) => m.user.email));
      const knownTeams = new Set(teams.map((t) => t.id));

      input.invitations.forEach((entry, index) => {
        if (memberEmails.has(entry.email)) {
          throw fieldError(`invitations.${index}.email`, `${entry.email} is already a member of this organization.`, "conflict");
        }
        const open = pending.find((p) => p.email === entry.email && p.expiresAt > now);
        if (open) {
          throw fieldError(`invitations.${index}.email`, `${entry.email} is already invited. Resend that invitation instead.`, "conflict");
        }
        if (entry.teamIds.some((id) => !knownTeams.has(id))) {
          throw fieldError(`invitations.${index}.teamIds`, "One of the chosen teams no longer exists.", "invalid");
        }
      });

      // An expired invitation to the same address is superseded by the new one.
      const expired = pending.filter((p) => p.expiresAt <= now).map((p) => p.id);
      if (expired.length) {
        await tx.invitation.updateMany({
          where: { orgId: actor.orgId, id: { in: expired } },
          data: { status: "revoked", pendingEmail: null, revokedAt: now },
        });
      }

      const created = [];
      for (const entry of input.invitations) {
        const { token, tokenHash } = newLinkToken();
        const invitation = await tx.invitation.create({
          data: {
            orgId: actor.orgId,
            email: entry.email,
            pendingEmail: entry.email,
            role: entry.role,
            tokenHash,
            invitedByUserId: actor.userId,
            expiresAt: expiryFrom(now),
            lastSentAt: now,
          },
          select: { id: true, email: true, role: true, expiresAt: true },
        });
        if (entry.teamIds.length) {
          await tx.invitationTeam.createMany({
            data: entry.teamIds.map((teamId) => ({ orgId: actor.orgId, invitationId: invitation.id, teamId })),
          });
        }
        await enqueueMail(
          tx,
          invitationMail({
            orgId: actor.orgId,
            to: entry.email,
            orgName: org.name,
            inviterName: actor.userName,
            role: entry.role,
            link: invitationLink(baseUrl, actor.orgId, token),
          }),
        );
        await recordAudit(tx, {
          orgId: actor.orgId,
          actorUserId: actor.userId,
          action: "invitation.created",
          targetType: "invitation",
          targetId: invitation.id,
          after: { email: entry.email, role: entry.role, teamIds: entry.teamIds },
        });
        created.push(invitation);
      }
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw domainError("conflict", "Someone invited one of these addresses at the same moment. Reload and try again.");
    }
    throw error;
  }
}

/** Pending invitations, the expired ones included (marked), newest first. */
export async function listInvitations(db: PrismaClient, actor: OrgActor) {
  const { orgId } = actor;
  const now = new Date();
  const rows = await db.invitation.findMany({
    where: { orgId, status: "pending" },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      invitedByUserId: true,
      teams: { select: { team: { select: { id: true, name: true } } } },
    },
  });
  return rows.map(({ teams, ...row }) => ({
    ...row,
    expired: row.expiresAt <= now,
    teams: teams.map((t) => t.team),
  }));
}

async function findPendingInvitation(db: Pick<Prisma.TransactionClient, "invitation">, orgId: string, invitationId: string) {
  const invitation = await db.invitation.findFirst({
    where: { orgId, id: invitationId, status: "pending" },
    select: { id: true, email: true, role: true, lastSentAt: true },
  });
  if (!invitation) throw notFound("This invitation");
  return invitation;
}

/**
 * A new link and a new week; the old link stops working because its hash is replaced. The admin who resends
 * becomes the inviter the mail names. An invitation is mailed at most once per cool-down.
 */
export async function resendInvitation(db: PrismaClient, actor: OrgActor, invitationId: string, baseUrl: string) {
  const { token, tokenHash } = newLinkToken();
  const now = new Date();
  return db.$transaction(async (tx) => {
    await lockOrgInvitations(tx, actor.orgId);
    const invitation = await findPendingInvitation(tx, actor.orgId, invitationId);
    const sinceSent = now.getTime() - invitation.lastSentAt.getTime();
    if (sinceSent < RESEND_COOLDOWN_MS) {
      const waitMs = RESEND_COOLDOWN_MS - sinceSent;
      throw rateLimited(
        `This invitation was sent less than ${INVITATION_RESEND_COOLDOWN_MINUTES} minutes ago. You can send it again in ${waitText(waitMs)}.`,
        waitMs,
      );
    }
    await assertMayMail(tx, actor, 1, now);
    const updated = await tx.invitation.updateMany({
      where: { orgId: actor.orgId, id: invitation.id, status: "pending", lastSentAt: { lte: new Date(now.getTime() - RESEND_COOLDOWN_MS) } },
      data: { tokenHash, expiresAt: expiryFrom(now), pendingEmail: invitation.email, lastSentAt: now, invitedByUserId: actor.userId },
    });
    if (updated.count !== 1) throw notFound("This invitation");
    const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { name: true } });
    await enqueueMail(
      tx,
      invitationMail({
        orgId: actor.orgId,
        to: invitation.email,
        orgName: org.name,
        inviterName: actor.userName,
        role: invitation.role,
        link: invitationLink(baseUrl, actor.orgId, token),
      }),
    );
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "invitation.resent",
      targetType: "invitation",
      targetId: invitation.id,
      after: { email: invitation.email },
    });
    return { id: invitation.id, expiresAt: expiryFrom(now) };
  });
}

export async function revokeInvitation(db: PrismaClient, actor: OrgActor, invitationId: string) {
  const invitation = await findPendingInvitation(db, actor.orgId, invitationId);
  await db.$transaction(async (tx) => {
    const updated = await tx.invitation.updateMany({
      where: { orgId: actor.orgId, id: invitation.id, status: "pending" },
      data: { status: "revoked", pendingEmail: null, revokedAt: new Date() },
    });
    if (updated.count !== 1) throw notFound("This invitation");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
  });
  return { id: invitation.id };
}


export type InviterChange = "role_changed" | "deactivated" | "left";

/**
 * Withdraws the pending invitations a member sent, when they lose the right to invite (demoted, deactivated
 * or gone): their invitations must not bring anyone in later. Runs in the transaction of that change.
 */
export async function revokeInvitationsSentBy(
  tx: Prisma.TransactionClient,
  actor: Pick<OrgActor, "orgId" | "userId">,
  inviterUserId: string,
  because: InviterChange,
): Promise<number> {
  const pending = await tx.invitation.findMany({
    where: { orgId: actor.orgId, invitedByUserId: inviterUserId, status: "pending" },
    select: { id: true, email: true, role: true },
  });
  if (pending.length === 0) return 0;
  const now = new Date();
  await tx.invitation.updateMany({
    where: { orgId: actor.orgId, id: { in: pending.map((invitation) => invitation.id) }, status: "pending" },
    data: { status: "revoked", pendingEmail: null, revokedAt: now },
  });
  await tx.auditEvent.createMany({
    data: pending.map((invitation) => ({
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
      after: { reason: `inviter_${because}` },
      createdAt: now,
    })),
  });
  return pending.length;
}
