import type { PrismaClient } from "@tally/db";
import { canGrantRole, INVITATION_LIFETIME_DAYS, ROLE_LABELS, type InviteMembersInput } from "@tally/domain";
import { newLinkToken } from "../auth/tokens";
import { enqueueMail } from "../mail/outbox";
import { invitationMail } from "../mail/templates/invitation";
import { domainError, fieldError, notFound } from "./errors";
import type { OrgActor } from "./actor";
import { recordAudit } from "./audit";
import { isUniqueViolation } from "./unique-violation";

const DAY_MS = 24 * 60 * 60 * 1000;

function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS);
}

export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl}/invite/${token}`;
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
            link: invitationLink(baseUrl, token),
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

async function findPendingInvitation(db: PrismaClient, orgId: string, invitationId: string) {
  const invitation = await db.invitation.findFirst({
    where: { orgId, id: invitationId, status: "pending" },
    select: { id: true, email: true, role: true },
  });
  if (!invitation) throw notFound("This invitation");
  return invitation;
}

/** A new link and a new week; the old link stops working because its hash is replaced. */
export async function resendInvitation(db: PrismaClient, actor: OrgActor, invitationId: string, baseUrl: string) {
  const invitation = await findPendingInvitation(db, actor.orgId, invitationId);
  const { token, tokenHash } = newLinkToken();
  const now = new Date();
  return db.$transaction(async (tx) => {
    const updated = await tx.invitation.updateMany({
      where: { orgId: actor.orgId, id: invitation.id, status: "pending" },
      data: { tokenHash, expiresAt: expiryFrom(now), pendingEmail: invitation.email },
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
        link: invitationLink(baseUrl, token),
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

