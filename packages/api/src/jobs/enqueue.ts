import { randomUUID } from "node:crypto";
import type { Prisma } from "@tally/db";
import { nudgeJobWorker } from "./nudge";

export interface NewJob {
  kind: string;
  payload: Prisma.InputJsonValue;
  /** The organization the work concerns, if any. */
  orgId?: string | null;
  /**
   * Makes the job idempotent: a second job with the same key is not queued, however many instances (or
   * retries of one request) try. Unique across kinds, so include the kind in it.
   */
  key?: string | null;
  /** Not before this time; default now. */
  runAt?: Date;
  /** After this many failed attempts the job is marked failed; default 8. */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/**
 * Queues jobs inside the caller's transaction: they run only if it commits. One INSERT for the whole list;
 * a job whose key is already queued (or done) is left out. Resolves to the number of jobs queued.
 */
export async function enqueueJobs(tx: Pick<Prisma.TransactionClient, "$executeRaw">, jobs: readonly NewJob[]): Promise<number> {
  if (!jobs.length) return 0;
  const now = new Date();
  const rows = jobs.map((job) => ({
    id: randomUUID(),
    orgId: job.orgId ?? null,
    kind: job.kind,
    key: job.key ?? null,
    payload: job.payload,
    maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    runAt: (job.runAt ?? now).toISOString(),
  }));
  // One parameter for the whole list, unpacked by PostgreSQL: the same on a server and on the embedded database.
  const queued = await tx.$executeRaw`
    INSERT INTO "Job" ("id", "orgId", "kind", "key", "payload", "maxAttempts", "runAt", "createdAt")
    SELECT j."id", j."orgId", j."kind", j."key", j."payload", j."maxAttempts", (j."runAt"::timestamptz AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS j("id" text, "orgId" text, "kind" text, "key" text, "payload" jsonb, "maxAttempts" int, "runAt" text)
    ON CONFLICT ("key") DO NOTHING`;
  if (queued > 0) nudgeJobWorker();
  return queued;
}
