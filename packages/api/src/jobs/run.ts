import type { PrismaClient } from "@tally/db";
import { retryDelayMs } from "./backoff";
import { claimDueJobs, type ClaimedJob } from "./claim";
import { PermanentJobError, type JobHandlers } from "./handlers";

export interface RunOptions {
  /** How many jobs one call claims; they run side by side. */
  batchSize?: number;
  /** How long a claim keeps other workers off; must outlast the slowest job of a batch. */
  leaseMs?: number;
  random?: () => number;
}

export interface RunReport {
  claimed: number;
  done: number;
  retrying: number;
  failed: number;
}

export const DEFAULT_BATCH_SIZE = 10;
export const DEFAULT_LEASE_MS = 5 * 60_000;
const LAST_ERROR_LENGTH = 1_000;
export const WORKER_STOPPED = "The worker stopped during the last attempt.";

/**
 * Claims the jobs due at `now`, runs each with the handler of its kind and records the outcome: done, a
 * retry after a growing pause, or failed once its attempts are used up. Only the worker holding a job's claim
 * may record its outcome, so a worker that comes back after its lease ran out changes nothing.
 */
export async function runDueJobs(db: PrismaClient, handlers: JobHandlers, now: Date = new Date(), options: RunOptions = {}): Promise<RunReport> {
  const claimed = await claimDueJobs(db, now, options.batchSize ?? DEFAULT_BATCH_SIZE, options.leaseMs ?? DEFAULT_LEASE_MS);
  const outcomes = await Promise.all(claimed.map((job) => runOne(db, handlers, job, now, options.random)));
  const report: RunReport = { claimed: claimed.length, done: 0, retrying: 0, failed: 0 };
  for (const outcome of outcomes) report[outcome] += 1;
  return report;
}

type Outcome = "done" | "retrying" | "failed";

async function runOne(db: PrismaClient, handlers: JobHandlers, job: ClaimedJob, now: Date, random?: () => number): Promise<Outcome> {
  const handler = handlers[job.kind];
  if (job.attempts > job.maxAttempts) {
    // Claimed again after its lease ran out, with no attempt left: its last run never reported back.
    await handler?.giveUp?.(job, WORKER_STOPPED);
    await settle(db, job, { status: "failed", lastError: WORKER_STOPPED });
    return "failed";
  }
  try {
    if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}".`);
    await handler.run(job);
  } catch (error) {
    const lastError = describe(error).slice(0, LAST_ERROR_LENGTH);
    if (error instanceof PermanentJobError || job.attempts >= job.maxAttempts) {
      await settle(db, job, { status: "failed", lastError });
      return "failed";
    }
    const runAt = new Date(now.getTime() + retryDelayMs(job.attempts, handler?.backoff, random));
    await settle(db, job, { status: "pending", lastError, runAt });
    return "retrying";
  }
  await settle(db, job, { status: "done", lastError: null });
  return "done";
}

/** Records a job's outcome, if this worker still holds its claim (same status and attempt). */
async function settle(db: PrismaClient, job: ClaimedJob, outcome: { status: "done" | "failed" | "pending"; lastError: string | null; runAt?: Date }) {
  const finished = outcome.status !== "pending";
  await db.job.updateMany({
    where: { id: job.id, status: "running", attempts: job.attempts },
    data: {
      status: outcome.status,
      lastError: outcome.lastError,
      lockedUntil: null,
      ...(outcome.runAt ? { runAt: outcome.runAt } : {}),
      ...(finished ? { finishedAt: new Date() } : {}),
    },
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}
