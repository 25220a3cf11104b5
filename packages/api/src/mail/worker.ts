import type { PrismaClient } from "@tally/db";
import { DEFAULT_BATCH_SIZE, deliverDueMail, type DeliverOptions } from "./deliver";
import { listenForMailNudges } from "./nudge";
import type { MailTransport } from "./transport";

export { deliverDueMail, SCRUBBED_TEXT, type DeliverOptions, type DeliveryReport } from "./deliver";

export interface MailWorkerOptions extends DeliverOptions {
  transport: MailTransport;
  /** Time between looks at the outbox. */
  intervalMs?: number;
  /** Where problems are reported; the worker itself never throws. */
  logError?: (message: string) => void;
}

export interface MailWorker {
  /** Look for due mail soon instead of at the next poll. */
  nudge(): void;
  /** Stops polling and waits for the mails being sent right now. */
  stop(): Promise<void>;
}

const DEFAULT_INTERVAL_MS = 5_000;
// A nudge comes from inside the transaction that queued the mail; give it a moment to commit.
const NUDGE_DELAY_MS = 250;

/**
 * Delivers the outbox in the background of this process until stopped. Any number of processes may run
 * one against the same database: claims keep them from sending a mail twice.
 */
export function startMailWorker(db: PrismaClient, options: MailWorkerOptions): MailWorker {
  const { transport, intervalMs = DEFAULT_INTERVAL_MS, logError = (message) => console.error(message) } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let runAgain = false;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
    // Pending mail must not keep a finished process alive; it stays in the outbox for the next start.
    timer.unref();
  };

  const drain = async () => {
    try {
      // A full batch means there may be more: keep going so a backlog does not wait a poll per batch.
      for (;;) {
        const report = await deliverDueMail(db, transport, new Date(), { ...options, batchSize });
        if (report.retrying + report.failed > 0) {
          logError(`Mail: ${report.retrying + report.failed} of ${report.claimed} could not be sent through ${transport.description}; they stay in the outbox and are retried.`);
        }
        if (stopped || report.claimed < batchSize || report.sent === 0) return;
      }
    } catch (error) {
      logError(`Mail: could not read the outbox (${error instanceof Error ? error.message : String(error)}); trying again shortly.`);
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

  const stopListening = listenForMailNudges(nudge);
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
