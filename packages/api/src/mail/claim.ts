import type { PrismaClient } from "@tally/db";

export interface ClaimedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
}

// Prisma stores DateTime as UTC wall time in `timestamp` columns; the parameter carries its offset so
// the comparison does not depend on the session's time zone.
const utc = (date: Date) => date.toISOString();

/**
 * Takes up to `limit` due mails for this worker until `now + leaseMs`. Rows another worker is claiming
 * at this moment are skipped (SKIP LOCKED), and rows it holds a lease on are not due, so two workers
 * never get the same mail. A worker that dies mid-send lets its lease run out, and the mail is claimed
 * again after that.
 */
export async function claimDueMail(db: PrismaClient, now: Date, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
  const at = utc(now);
  const until = utc(new Date(now.getTime() + leaseMs));
  return db.$queryRaw<ClaimedMail[]>`
    UPDATE "MailOutbox"
       SET "lockedUntil" = (${until}::timestamptz AT TIME ZONE 'UTC')
     WHERE "id" IN (
       SELECT "id" FROM "MailOutbox"
        WHERE "status" = 'pending'
          AND "nextAttemptAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')
          AND ("lockedUntil" IS NULL OR "lockedUntil" <= (${at}::timestamptz AT TIME ZONE 'UTC'))
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT ${limit}::int
        FOR UPDATE SKIP LOCKED
     )
    RETURNING "id", "to", "subject", "text", "html", "attempts"`;
}
