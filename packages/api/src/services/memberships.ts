import type { PrismaClient, Role } from "@tally/db";
import { SESSION_TOUCH_RESOLUTION_MS, touchSession, type SessionUser } from "../auth/sessions";
import type { OrgActor } from "./actor";

const LAST_ACTIVE_RESOLUTION_MS = 5 * 60 * 1000;

export interface LoadedActor {
  sessionId: string;
  user: SessionUser;
  /** Null when the session is valid but its user is not an active member of the organization. */
  actor: OrgActor | null;
}

interface MemberColumns {
  membershipId: string;
  role: Role;
  stale: boolean;
  orgId: string;
  orgSlug: string;
  orgName: string;
  currency: string;
  weekStart: number;
  timeZone: string;
  orgLocale: string;
}

interface SessionActorRow {
  sessionId: string;
  sessionStale: boolean;
  userId: string;
  email: string;
  name: string;
  userLocale: string | null;
  /** Null when the user is not an active member of the organization, or it does not exist. */
  member: MemberColumns | null;
}

/**
 * The session, the user's active membership in the organization named by `orgSlug` and that organization's
 * settings, in one statement: every org-scoped request starts with it. Null when the session does not exist or has
 * expired; expiry and staleness are decided in SQL, where timestamps are stored as UTC wall time.
 */
export async function loadSessionActor(db: PrismaClient, sessionId: string, orgSlug: string): Promise<LoadedActor | null> {
  const rows = await db.$queryRaw<SessionActorRow[]>`
    SELECT s."id" AS "sessionId",
           s."lastSeenAt" < (now() AT TIME ZONE 'UTC') - ${SESSION_TOUCH_RESOLUTION_MS}::int * interval '1 millisecond' AS "sessionStale",
           u."id" AS "userId", u."email", u."name", u."locale" AS "userLocale",
           CASE WHEN m."id" IS NULL THEN NULL ELSE json_build_object(
             'membershipId', m."id", 'role', m."role",
             'stale', m."lastActiveAt" IS NULL OR m."lastActiveAt" < (now() AT TIME ZONE 'UTC') - ${LAST_ACTIVE_RESOLUTION_MS}::int * interval '1 millisecond',
             'orgId', o."id", 'orgSlug', o."slug", 'orgName', o."name", 'currency', o."currency", 'weekStart', o."weekStart",
             'timeZone', o."timeZone", 'orgLocale', o."locale") END AS "member"
      FROM "Session" s
      JOIN "User" u ON u."id" = s."userId"
      LEFT JOIN "Organization" o ON o."slug" = ${orgSlug}
      LEFT JOIN "Membership" m ON m."orgId" = o."id" AND m."userId" = u."id" AND m."status" = 'active'
     WHERE s."id" = ${sessionId} AND s."expiresAt" > (now() AT TIME ZONE 'UTC')`;
  const row = rows[0];
  if (!row) return null;
  const user: SessionUser = { id: row.userId, email: row.email, name: row.name };
  const { member } = row;
  const touches: Promise<unknown>[] = [];
  if (row.sessionStale) touches.push(touchSession(db, row.sessionId));
  if (member?.stale) {
    touches.push(db.membership.updateMany({ where: { orgId: member.orgId, id: member.membershipId }, data: { lastActiveAt: new Date() } }));
  }
  await Promise.all(touches);
  const actor: OrgActor | null = member
    ? {
        kind: "member",
        orgId: member.orgId,
        orgSlug: member.orgSlug,
        orgName: member.orgName,
        currency: member.currency,
        weekStart: member.weekStart,
        timeZone: member.timeZone,
        orgLocale: member.orgLocale,
        locale: row.userLocale ?? member.orgLocale,
        userId: user.id,
        userName: user.name,
        userEmail: user.email,
        membershipId: member.membershipId,
        role: member.role,
      }
    : null;
  return { sessionId: row.sessionId, user, actor };
}
