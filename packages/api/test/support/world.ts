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
  const member = async (role: Role, label: string): Promise<Member> => {
    const user = await createUserWithSession(db, label);
    const membership = await db.membership.create({ data: { orgId: org.id, userId: user.userId, role }, select: { id: true } });
    return { ...user, membershipId: membership.id };
  };
  const inviteeEmail = `${unique("invitee")}@example.test`.toLowerCase();
  const [everyRole, secondAdmin, invitation] = await Promise.all([
    Promise.all(ROLES.map((role) => member(role, `${label}-${role}`))),
    member("admin", `${label}-admin2`),
    db.invitation.create({
      data: {
        orgId: org.id,
        email: inviteeEmail,
        pendingEmail: inviteeEmail,
        role: "viewer",
        tokenHash: newLinkToken().tokenHash,
        expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
        // Mailed a while ago, past the resend cool-down.
        lastSentAt: new Date(Date.now() - 24 * 60 * 60 * 1000),
      },
      select: { id: true },
    }),
  ]);
  const members = Object.fromEntries(ROLES.map((role, index) => [role, everyRole[index]!])) as Record<Role, Member>;
  const kpis = await createWorldKpis(db, org.id, members);
  // Independent of one another: created side by side, as a world is made for nearly every test.
  const [savedViews, teams, apiKey, webhooks, reviewing] = await Promise.all([
    createWorldSavedViews(db, org.id, members),
    createWorldTeams(db, org.id, members),
    createWorldApiKey(db, org.id, members.admin.membershipId),
    createWorldWebhooks(db, org.id, members.admin.membershipId),
    createWorldReviewsAndActions(db, org.id, members, [...Object.values(members), secondAdmin], kpis),
  ]);
  return { org, members, secondAdmin, invitationId: invitation.id, savedViews, teams, kpis, apiKey, webhooks, reviewing };
}
