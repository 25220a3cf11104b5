import type { PrismaClient } from "@tally/db";
import { purgeExpiredRateLimits } from "./auth/rate-limit";
import { purgeExpiredIdempotencyRecords } from "./rest/idempotency";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long records that only matter for a while are kept. */
export const RETENTION = {
  /** Delivered or given-up mail: long enough to answer "did the invitation go out?". */
  mailDays: 30,
  /** Password-reset links live 30 minutes; a used or expired one is kept a day after it expired. */
  passwordResetDays: 1,
  /** A person's own security log, and with it which addresses count as their usual ones. */
  securityEventDays: 180,
} as const;

export interface PurgeReport {
  mails: number;
  sessions: number;
  passwordResetTokens: number;
  rateLimits: number;
  securityEvents: number;
  idempotencyRecords: number;
}

/**
 * Deletes what is no longer needed: old delivered and failed mail, ended sessions, password-reset links a day
 * after they expired (used ones included: every link expires 30 minutes after it was made), counters of
 * finished rate-limit windows, security-log entries older than 180 days and API idempotency records past
 * their 24 hours. Safe to run on any number of
 * servers at once.
 */
export async function purgeExpiredData(db: PrismaClient, now: Date = new Date()): Promise<PurgeReport> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const mails = await db.mailOutbox.deleteMany({
    where: { status: { in: ["sent", "failed"] }, createdAt: { lt: daysAgo(RETENTION.mailDays) } },
  });
  const sessions = await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
  const passwordResetTokens = await db.passwordResetToken.deleteMany({
    where: { expiresAt: { lte: daysAgo(RETENTION.passwordResetDays) } },
  });
  const rateLimits = await purgeExpiredRateLimits(db, now);
  const securityEvents = await db.userSecurityEvent.deleteMany({ where: { createdAt: { lt: daysAgo(RETENTION.securityEventDays) } } });
  const idempotencyRecords = await purgeExpiredIdempotencyRecords(db, now);
  return {
    mails: mails.count,
    sessions: sessions.count,
    passwordResetTokens: passwordResetTokens.count,
    rateLimits,
    securityEvents: securityEvents.count,
    idempotencyRecords,
  };
}
