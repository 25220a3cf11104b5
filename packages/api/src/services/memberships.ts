import type { PrismaClient } from "@tally/db";
import type { SessionUser } from "../auth/sessions";
import type { OrgActor } from "./actor";

const LAST_ACTIVE_RESOLUTION_MS = 5 * 60 * 1000;
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

export interface LoadedActor {
  sessionId: string;
  user: SessionUser;
  /** Null when the session is valid but its user is not an active member of the organization. */
  actor: OrgActor | null;
}

/**
 * The session, the user's active membership in the organization named by `orgSlug` and that organization's
 * settings, in one query. Null when the session does not exist or has expired.
 */
export async function loadSessionActor(db: PrismaClient, sessionId: string, orgSlug: string): Promise<LoadedActor | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          locale: true,
          memberships: {
            where: { status: "active", org: { slug: orgSlug } },
            take: 1,
            select: {
              id: true,
              role: true,
              lastActiveAt: true,
              org: { select: { id: true, slug: true, name: true, currency: true, weekStart: true, timeZone: true, locale: true } },
            },
          },
        },
      },
    },
  });
  const now = Date.now();
  if (!row || row.expiresAt.getTime() <= now) return null;
  const { memberships, locale: userLocale, ...user } = row.user;
  const membership = memberships[0];
  const touches: Promise<unknown>[] = [];
  if (now - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    touches.push(db.session.updateMany({ where: { id: row.id }, data: { lastSeenAt: new Date(now) } }));
  }
  if (membership && (!membership.lastActiveAt || now - membership.lastActiveAt.getTime() > LAST_ACTIVE_RESOLUTION_MS)) {
    touches.push(db.membership.updateMany({ where: { orgId: membership.org.id, id: membership.id }, data: { lastActiveAt: new Date(now) } }));
  }
  await Promise.all(touches);
  const actor: OrgActor | null = membership
    ? {
        kind: "member",
        orgId: membership.org.id,
        orgSlug: membership.org.slug,
        orgName: membership.org.name,
        currency: membership.org.currency,
        weekStart: membership.org.weekStart,
        timeZone: membership.org.timeZone,
        orgLocale: membership.org.locale,
        locale: userLocale ?? membership.org.locale,
        userId: user.id,
        userName: user.name,
        userEmail: user.email,
        membershipId: membership.id,
        role: membership.role,
      }
    : null;
  return { sessionId: row.id, user, actor };
}
