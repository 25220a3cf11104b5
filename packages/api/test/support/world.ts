import { hash } from "@node-rs/argon2";
import type { PrismaClient, Role } from "@tally/db";
import { ROLES } from "@tally/domain";
import { createSession } from "../../src/auth/sessions";
import { newLinkToken } from "../../src/auth/tokens";
import { createWorldApiKey, type WorldApiKey } from "./api-key-world";
import { createWorldKpis, type WorldKpis } from "./kpi-world";
import { createWorldReviewsAndActions, type WorldReviewsAndActions } from "./review-world";
import { createWorldSavedViews, type WorldSavedViews } from "./saved-view-world";
import { createWorldTeams, type WorldTeams } from "./team-world";
import { createWorldWebhooks, type WorldWebhooks } from "./webhook-world";

export const TEST_PASSWORD = "correct horse battery staple";

let passwordHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  passwordHash ??= hash(TEST_PASSWORD);
  return passwordHash;
}

export interface Member {
  userId: string;
  membershipId: string;
  sessionId: string;
  email: string;
}

export interface OrgWorld {
  org: { id: string; slug: string; name: string };
  members: Record<Role, Member>;
  /** A second admin, so that the admin of `members` is never the last one. */
  secondAdmin: Member;
  /** A pending invitation of the organization. */
  invitationId: string;
  /** Each member's own saved view of the KPI list. */
  savedViews: WorldSavedViews;
  /** A department led by the manager and a project led by the project lead. */
  teams: WorldTeams;
  kpis: WorldKpis;
  /** A read-write API key of the organization, made by its admin. */
  apiKey: WorldApiKey;
  webhooks: WorldWebhooks;
  /** Open reviews, actions and notifications, one of each per role. */
  reviewing: WorldReviewsAndActions;
}

let counter = 0;
function unique(label: string): string {
  counter += 1;
  return `${label}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createUserWithSession(db: PrismaClient, label: string): Promise<{ userId: string; sessionId: string; email: string }> {
  const email = `${unique(label)}@example.test`;
  const user = await db.user.create({ data: { email, name: label, passwordHash: await testPasswordHash() }, select: { id: true } });
  const sessionId = await createSession(db, user.id, "vitest");
  return { userId: user.id, sessionId, email };
}

/** An organization with one signed-in member of every role. */
export async function createOrgWorld(db: PrismaClient, label: string): Promise<OrgWorld> {
  const slug = unique(label).toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const org = await db.organization.create({ data: { name: `${label} Inc`, slug }, select: { id: true, slug: true, name: true } });
  const members = {} as Record<Role, Member>;
  for (const role of ROLES) {
    const user = await createUserWithSession(db, `${label}-${role}`);
    const membership = await db.membership.create({ data: { orgId: org.id, userId: user.userId, role }, select: { id: true } });
    members[role] = { ...user, membershipId: membership.id };
  }
  const secondAdminUser = await createUserWithSession(db, `${label}-admin2`);
  const secondAdminMembership = await db.membership.create({
    data: { orgId: org.id, userId: secondAdminUser.userId, role: "admin" },
    select: { id: true },
  });
  const invitation = await db.invitation.create({
    data: {
      orgId: org.id,
      email: `${unique("invitee")}@example.test`.toLowerCase(),
      role: "viewer",
      tokenHash: newLinkToken().tokenHash,
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      // Mailed a while ago, past the resend cool-down.
      lastSentAt: new Date(Date.now() - 24 * 60 * 60 * 1000),
    },
    select: { id: true, email: true },
  });
  await db.invitation.update({
    where: { orgId_id: { orgId: org.id, id: invitation.id } },
    data: { pendingEmail: invitation.email },
  });
  const secondAdmin = { ...secondAdminUser, membershipId: secondAdminMembership.id };
  const kpis = await createWorldKpis(db, org.id, members);
  return {
    org,
    members,
    secondAdmin,
    invitationId: invitation.id,
    savedViews: await createWorldSavedViews(db, org.id, members),
    teams: await createWorldTeams(db, org.id, members),
    kpis,
    apiKey: await createWorldApiKey(db, org.id, members.admin.membershipId),
    webhooks: await createWorldWebhooks(db, org.id, members.admin.membershipId),
    reviewing: await createWorldReviewsAndActions(db, org.id, members, [...Object.values(members), secondAdmin], kpis),
  };
}
