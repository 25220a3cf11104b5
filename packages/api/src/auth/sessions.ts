import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@tally/db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** lastSeenAt is a hint for people, not a security boundary: refresh it at most this often. */
export const SESSION_TOUCH_RESOLUTION_MS = 5 * 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface ActiveSession {
  id: string;
  user: SessionUser;
}

export async function createSession(db: PrismaClient, userId: string, userAgent: string | null): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id,
      userId,
      userAgent: userAgent?.slice(0, 400) ?? null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return id;
}

interface SessionRow {
  id: string;
  userId: string;
  email: string;
  name: string;
  stale: boolean;
}

/**
 * The session and its user in one statement (every signed-in request pays for it); expiry and staleness are
 * decided in SQL, where the timestamps are stored as UTC wall time.
 */
export async function loadSession(db: PrismaClient, sessionId: string): Promise<ActiveSession | null> {
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s."id", u."id" AS "userId", u."email", u."name",
           s."lastSeenAt" < (now() AT TIME ZONE 'UTC') - ${SESSION_TOUCH_RESOLUTION_MS}::int * interval '1 millisecond' AS "stale"
      FROM "Session" s JOIN "User" u ON u."id" = s."userId"
     WHERE s."id" = ${sessionId} AND s."expiresAt" > (now() AT TIME ZONE 'UTC')`;
  const row = rows[0];
  if (!row) return null;
  if (row.stale) await touchSession(db, row.id);
  return { id: row.id, user: { id: row.userId, email: row.email, name: row.name } };
}

/** Records that the session was used now; callers only ask when the stored time is older than the resolution. */
export async function touchSession(db: PrismaClient, sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: new Date() } });
}

export async function endSession(db: PrismaClient, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** After a password change every other device must sign in again. */
export async function endOtherSessions(db: PrismaClient, userId: string, keepSessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId, id: { not: keepSessionId } } });
}
