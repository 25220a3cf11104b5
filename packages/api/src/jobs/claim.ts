import type { Prisma, PrismaClient } from "@tally/db";

export interface ClaimedJob {
  id: string;
  orgId: string | null;
  kind: string;
  payload: Prisma.JsonValue;
  /** Counting this one: a job is charged an attempt when it is claimed, so one that crashes its worker still runs out. */
  attempts: number;
  maxAttempts: number;
}

// Prisma stores DateTime as UTC wall time in `timestamp` columns; the parameter carries its offset so the
// comparison does not depend on the session's time zone.
const utc = (date: Date) => date.toISOString();

/**
 * Takes up to `limit` due jobs for this worker until `now + leaseMs`: pending jobs whose time has come, and
 * running jobs whose lease has run out (their worker died). Rows another worker is claiming at this moment are
 * skipped (SKIP LOCKED) and rows under a live lease are not due, so two workers never hold the same job.
 */
export async function claimDueJobs(db: Pick<PrismaClient, "$queryRaw">, now: Date, limit: number, leaseMs: number): Promise<ClaimedJob[]> {
  const at = utc(now);
  const until = utc(new Date(now.getTime() + leaseMs));
  return db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job"
       SET "status" = 'running',
           "attempts" = "attempts" + 1,
           "lockedUntil" = (${until}::timestamptz AT TIME ZONE 'UTC')
     WHERE "id" IN (
       SELECT "id" FROM "Job"
        WHERE "status" IN ('pending', 'running')
          AND "runAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')
          AND ("lockedUntil" IS NULL OR "lockedUntil" <= (${at}::timestamptz AT TIME ZONE 'UTC'))
        ORDER BY "runAt", "createdAt"
        LIMIT ${limit}::int
        FOR UPDATE SKIP LOCKED
     )
    RETURNING "id", "orgId", "kind", "payload", "attempts", "maxAttempts"`;
}
