import type { Prisma, PrismaClient, Role } from "@tally/db";
import { can, invitationState, parseInvitationToken, tokenSchema, type AcceptAsNewUserInput, type InvitationState } from "@tally/domain";
import { hashPassword } from "../auth/password-hash";
import { hashToken } from "../auth/tokens";
import type { DomainError} from "./errors";
import { domainError, fieldError } from "./errors";
import { recordAudit } from "./audit";
import { isUniqueViolation } from "./unique-violation";

const invitationSelect = {
  orgId: true,
  id: true,
  email: true,
  role: true,
  status: true,
  expiresAt: true,
  invitedByUserId: true,
  org: { select: { name: true, slug: true } },
  teams: { select: { teamId: true } },
} as const;

async function findByToken(db: Pick<PrismaClient, "invitation">, token: string) {
  const parsed = parseInvitationToken(token);
  if (!parsed) {
    // Links from before invitations named their organization lead nowhere now; they are not typing mistakes.
    const state: InvitationState = tokenSchema.safeParse(token).success ? "unknown" : "malformed";
    return { state, invitation: null };
  }
  const invitation = await db.invitation.findUnique({
    where: { orgId_tokenHash: { orgId: parsed.orgId, tokenHash: hashToken(parsed.secret) } },
    select: invitationSelect,
  });
  return { state: invitationState(invitation, new Date()) as InvitationState, invitation };
}

/**
 * Whoever sent the invitation must still be allowed to invite in that organization when it is used: an admin
 * who was demoted, deactivated or left cannot bring anyone in through an invitation sent before.
 */
async function inviterMayStillInvite(db: Pick<PrismaClient, "membership">, invitation: { orgId: string; invitedByUserId: string | null }) {
  if (!invitation.invitedByUserId) return false;
  const inviter = await db.membership.findUnique({
    where: { orgId_userId: { orgId: invitation.orgId, userId: invitation.invitedByUserId } },
    select: { role: true, status: true },
  });
  return inviter?.status === "active" && can(inviter.role, "member.invite");
}

/**
 * The same check while accepting, holding the inviter's membership until the transaction ends: a demotion
 * running at the same moment either waits for the new member (and then finds the invitation used) or goes
 * first (and the accept sees the new role).
 */
async function lockInviterMayStillInvite(tx: Prisma.TransactionClient, invitation: { orgId: string; invitedByUserId: string | null }) {
  if (!invitation.invitedByUserId) return false;
  const rows = await tx.$queryRaw<{ role: Role; status: string }[]>`
    SELECT role::text AS role, status::text AS status FROM "Membership"
    WHERE "orgId" = ${invitation.orgId} AND "userId" = ${invitation.invitedByUserId}
    FOR SHARE`;
  const inviter = rows[0];
  return inviter?.status === "active" && can(inviter.role, "member.invite");
}

const INVITER_GONE =
  "The admin who sent this invitation can no longer invite people to this organization. Ask a current admin to invite you again.";

export interface InvitationPreview {
  state: InvitationState;
  invitation: { orgName: string; orgSlug: string; email: string; role: string; inviterName: string | null } | null;
  accountExists: boolean;
}

/** What the invitation page shows; opening a link changes nothing. */
export async function previewInvitation(db: PrismaClient, token: string): Promise<InvitationPreview> {
  const { state, invitation } = await findByToken(db, token);
  if (!invitation || state !== "valid") {
    return { state, invitation: null, accountExists: false };
  }
  if (!(await inviterMayStillInvite(db, invitation))) {
    return { state: "revoked", invitation: null, accountExists: false };
  }
  const [inviter, account] = await Promise.all([
    invitation.invitedByUserId ? db.user.findUnique({ where: { id: invitation.invitedByUserId }, select: { name: true } }) : null,
    db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
  ]);
  return {
    state,
    invitation: {
      orgName: invitation.org.name,
      orgSlug: invitation.org.slug,
      email: invitation.email,
      role: invitation.role,
      inviterName: inviter?.name ?? null,
    },
    accountExists: Boolean(account),
  };
}

const REFUSALS: Record<Exclude<InvitationState, "valid">, string> = {
  malformed: "This invitation link is not valid. Check that you copied all of it.",
  unknown: "This invitation link is no longer valid. A newer invitation may have replaced it.",
  expired: "This invitation has expired. Ask an admin of the organization to send a new one.",
  revoked: "This invitation was withdrawn by an admin of the organization.",
  used: "This invitation has already been accepted.",
};

function refusal(state: Exclude<InvitationState, "valid">): DomainError {
  const code = state === "malformed" || state === "unknown" ? "not_found" : "conflict";
  return domainError(code, REFUSALS[state]);
}

/**
 * Claims the invitation and creates the membership in one transaction. The claim is a conditional update,
 * so of two simultaneous accepts exactly one succeeds.
 */
async function claim(tx: Prisma.TransactionClient, token: string, user: { id: string; email: string }): Promise<{ orgSlug: string }> {
  const { state, invitation } = await findByToken(tx, token);
  if (state !== "valid" || !invitation) throw refusal(state === "valid" ? "unknown" : state);
  if (invitation.email !== user.email) {
    throw domainError("forbidden", `This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
  }
  if (!(await lockInviterMayStillInvite(tx, invitation))) throw domainError("conflict", INVITER_GONE);
  const now = new Date();
  const claimed = await tx.invitation.updateMany({
    where: { orgId: invitation.orgId, id: invitation.id, status: "pending", expiresAt: { gt: now } },
    data: { status: "accepted", pendingEmail: null, acceptedAt: now, acceptedByUserId: user.id },
  });
  if (claimed.count !== 1) throw refusal("used");

  const membership = await tx.membership.create({
    data: { orgId: invitation.orgId, userId: user.id, role: invitation.role },
    select: { id: true },
  });
  if (invitation.teams.length) {
    await tx.teamMembership.createMany({
      data: invitation.teams.map(({ teamId }) => ({ orgId: invitation.orgId, teamId, membershipId: membership.id })),
    });
  }
  await recordAudit(tx, {
    orgId: invitation.orgId,
    actorUserId: user.id,
    action: "invitation.accepted",
    targetType: "membership",
    targetId: membership.id,
    after: { email: invitation.email, role: invitation.role, teamIds: invitation.teams.map((t) => t.teamId) },
  });
  return { orgSlug: invitation.org.slug };
}

function translateRace(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw domainError("conflict", "You are already a member of this organization.");
  }
  throw error;
}

/** A signed-in user accepts an invitation addressed to them. */
export async function acceptInvitation(db: PrismaClient, user: { id: string; email: string }, token: string) {
  try {
    return await db.$transaction((tx) => claim(tx, token, user));
  } catch (error) {
    translateRace(error);
  }
}

/** A new person creates their account through the invitation, with the invited address. */
export async function acceptAsNewUser(db: PrismaClient, input: AcceptAsNewUserInput): Promise<{ orgSlug: string; email: string }> {
  const { state, invitation } = await findByToken(db, input.token);
  if (state !== "valid" || !invitation) throw refusal(state === "valid" ? "unknown" : state);
  if (!(await inviterMayStillInvite(db, invitation))) throw domainError("conflict", INVITER_GONE);
  const existing = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  if (existing) {
    throw fieldError("_form", `An account for ${invitation.email} already exists. Sign in to accept the invitation.`, "conflict");
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash },
        select: { id: true, email: true },
      });
      const { orgSlug } = await claim(tx, input.token, user);
      return { orgSlug, email: user.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw fieldError("_form", `An account for ${invitation.email} already exists. Sign in to accept the invitation.`, "conflict");
    }
    throw error;
  }
}
