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
  /** Background jobs that ran: kept a week to see what the workers did. */
  jobDoneDays: 7,
  /** Jobs given up on: a month, to find out why. */
  jobFailedDays: 30,
  /** The delivery log of webhook endpoints: what was sent, and whether it arrived. */
  webhookDeliveryDays: 30,
} as const;

export interface PurgeReport {
  mails: number;
  sessions: number;
  passwordResetTokens: number;
  rateLimits: number;
  securityEvents: number;
  idempotencyRecords: number;
  jobs: number;
  webhookDeliveries: number;
}

/**
 * Deletes what is no longer needed: old delivered and failed mail, ended sessions, password-reset links a day
 * after they expired (used ones included: every link expires 30 minutes after it was made), counters of
 * finished rate-limit windows, security-log entries older than 180 days, API idempotency records past their
 * 24 hours, background jobs a week after they ran (a month after they failed) and the webhook delivery log after
 * a month. Safe to run on any number of
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
  const jobs = await db.job.deleteMany({
    where: {
      OR: [
        { status: "done", finishedAt: { lt: daysAgo(RETENTION.jobDoneDays) } },
        { status: "failed", finishedAt: { lt: daysAgo(RETENTION.jobFailedDays) } },
      ],
    },
  });
  // A delivery still being tried stays, however old, so its log entry is there when it ends.
  const webhookDeliveries = await db.webhookDelivery.deleteMany({
    where: { status: { in: ["delivered", "failed"] }, createdAt: { lt: daysAgo(RETENTION.webhookDeliveryDays) } },
  });
  return {
    mails: mails.count,
    sessions: sessions.count,
    passwordResetTokens: passwordResetTokens.count,
    rateLimits,
    securityEvents: securityEvents.count,
    idempotencyRecords,
    jobs: jobs.count,
    webhookDeliveries: webhookDeliveries.count,
  };
}
