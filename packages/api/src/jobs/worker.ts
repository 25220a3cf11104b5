import type { PrismaClient } from "@tally/db";
import { startPollingWorker, type PollingWorker } from "../polling-worker";
import type { JobHandlers } from "./handlers";
import { listenForJobNudges } from "./nudge";
import { DEFAULT_BATCH_SIZE, runDueJobs, type RunOptions } from "./run";

export interface JobWorkerOptions extends RunOptions {
  handlers: JobHandlers;
  /** Time between looks at the job table. */
  intervalMs?: number;
  /** Where problems are reported; the worker itself never throws. */
  logError?: (message: string) => void;
}

export type JobWorker = PollingWorker;

/** Runs the job table in the background of this process until stopped. */
export function startJobWorker(db: PrismaClient, options: JobWorkerOptions): JobWorker {
  const { handlers, intervalMs = 5_000, logError = (message) => console.error(message) } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return startPollingWorker({
    intervalMs,
    listen: listenForJobNudges,
    async runBatch() {
      const report = await runDueJobs(db, handlers, new Date(), { ...options, batchSize });
      if (report.failed > 0) logError(`Jobs: ${report.failed} of ${report.claimed} failed for good; see the job table's lastError.`);
      return report.claimed === batchSize;
    },
    onError: (error) => logError(`Jobs: could not read the job table (${error instanceof Error ? error.message : String(error)}); trying again shortly.`),
  });
}
