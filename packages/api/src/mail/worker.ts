import type { PrismaClient } from "@tally/db";
import { startPollingWorker, type PollingWorker } from "../polling-worker";
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

export type MailWorker = PollingWorker;

/** Delivers the outbox in the background of this process until stopped. */
export function startMailWorker(db: PrismaClient, options: MailWorkerOptions): MailWorker {
  const { transport, intervalMs = 5_000, logError = (message) => console.error(message) } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return startPollingWorker({
    intervalMs,
    listen: listenForMailNudges,
    async runBatch() {
      const report = await deliverDueMail(db, transport, new Date(), { ...options, batchSize });
      if (report.retrying + report.failed > 0) {
        logError(`Mail: ${report.retrying + report.failed} of ${report.claimed} could not be sent through ${transport.description}; they stay in the outbox and are retried.`);
      }
      // A full batch that sent something may have more behind it; one that sent nothing waits for the retry time.
      return report.claimed === batchSize && report.sent > 0;
    },
    onError: (error) => logError(`Mail: could not read the outbox (${error instanceof Error ? error.message : String(error)}); trying again shortly.`),
  });
}
