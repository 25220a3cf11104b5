import type { Prisma } from "@tally/db";
import { enqueueJobs } from "../jobs";
import type { PeriodicTask } from "./task";

/** The job kind that runs one scheduled instant of a periodic task. */
export const PERIODIC_JOB = "periodic";

export interface PeriodicPayload {
  task: string;
  scheduledAt: string;
}

// A later instant runs anyway, so a run that keeps failing is not worth retrying for long.
const PERIODIC_MAX_ATTEMPTS = 3;

/** The job key of one scheduled instant of a task: every instance that ticks for it computes the same. */
export function periodicJobKey(taskName: string, scheduledAt: Date): string {
  return `${PERIODIC_JOB}:${taskName}:${scheduledAt.toISOString()}`;
}

/**
 * Queues the run of `task` for the instant `scheduledAt`. The job key makes it once-only: when several
 * instances tick for the same instant, the first insert wins and the others queue nothing. Resolves to
 * whether this call queued it.
 */
export async function queuePeriodicRun(db: Pick<Prisma.TransactionClient, "$executeRaw">, task: Pick<PeriodicTask, "name">, scheduledAt: Date): Promise<boolean> {
  const payload: PeriodicPayload = { task: task.name, scheduledAt: scheduledAt.toISOString() };
  const queued = await enqueueJobs(db, [
    { kind: PERIODIC_JOB, key: periodicJobKey(task.name, scheduledAt), payload: { ...payload }, runAt: scheduledAt, maxAttempts: PERIODIC_MAX_ATTEMPTS },
  ]);
  return queued > 0;
}
