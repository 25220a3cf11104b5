import type { PrismaClient } from "@tally/db";
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

export interface JobWorker {
  /** Look for due jobs soon instead of at the next poll. */
  nudge(): void;
  /** Stops polling and waits for the jobs running right now. */
  stop(): Promise<void>;
}

const DEFAULT_INTERVAL_MS = 5_000;
// A nudge comes from inside the transaction that queued the job; give it a moment to commit.
const NUDGE_DELAY_MS = 250;

/**
 * Runs the job table in the background of this process until stopped. Any number of processes may run one
 * against the same database: claims keep them from running a job twice.
 */
export function startJobWorker(db: PrismaClient, options: JobWorkerOptions): JobWorker {
  const { handlers, intervalMs = DEFAULT_INTERVAL_MS, logError = (message) => console.error(message) } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let runAgain = false;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
    // Pending jobs must not keep a finished process alive; they stay in the table for the next start.
    timer.unref();
  };

  const drain = async () => {
    try {
      // A full batch means there may be more: keep going so a backlog does not wait a poll per batch.
      for (;;) {
        const report = await runDueJobs(db, handlers, new Date(), { ...options, batchSize });
        if (report.failed > 0) logError(`Jobs: ${report.failed} of ${report.claimed} failed for good; see the job table's lastError.`);
        if (stopped || report.claimed < batchSize) return;
      }
    } catch (error) {
      logError(`Jobs: could not read the job table (${error instanceof Error ? error.message : String(error)}); trying again shortly.`);
    }
  };

  const run = async () => {
    if (running) {
      runAgain = true;
      return;
    }
    running = drain();
    await running;
    running = undefined;
    schedule(runAgain ? 0 : intervalMs);
    runAgain = false;
  };

  const nudge = () => {
    if (running) runAgain = true;
    else schedule(NUDGE_DELAY_MS);
  };

  const stopListening = listenForJobNudges(nudge);
  schedule(0);

  return {
    nudge,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      stopListening();
      await running;
    },
  };
}
