import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@tally/db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** lastSeenAt is a hint for people, not a security boundary: refresh it at most this often. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

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

export async function loadSession(db: PrismaClient, sessionId: string): Promise<ActiveSession | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: { id: true, expiresAt: true, lastSeenAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  const now = Date.now();
  if (!row || row.expiresAt.getTime() <= now) return null;
  if (now - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.session.updateMany({ where: { id: row.id }, data: { lastSeenAt: new Date(now) } });
  }
  return { id: row.id, user: row.user };
}

export async function endSession(db: PrismaClient, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** After a password change every other device must sign in again. */
export async function endOtherSessions(db: PrismaClient, userId: string, keepSessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId, id: { not: keepSessionId } } });
}
