import { db as getDb, type PrismaClient } from "@tally/db";
import { apiEnv } from "./env";
import { startJobWorker, type JobHandlers } from "./jobs";
import { configuredMailTransport } from "./mail/configured-transport";
import { startMailWorker } from "./mail/worker";
import { purgeExpiredData } from "./purge";
import { PERIODIC_JOB, periodicJobHandler, periodicTasks, startScheduler, type PeriodicTask } from "./schedule";
import { notificationEmailHandler } from "./services/notifications/email-job";
import { NOTIFICATION_EMAIL_JOB } from "./services/notifications/email-job-kind";
import { ANALYSIS_ALERTS_JOB, analysisAlertsHandler } from "./services/alerts/analysis-alerts";
import { configuredSecretsKey, configuredWebhookNetwork } from "./webhooks/config";
import { WEBHOOK_DELIVERY_JOB, webhookDeliveryHandler } from "./webhooks/deliver";

export interface BackgroundWork {
  stop(): Promise<void>;
}

// One set of background work per process, even if the server calls this more than once (dev reloads).
const KEY = Symbol.for("@tally/api/background-work");
const globals = globalThis as typeof globalThis & { [KEY]?: BackgroundWork };

export const PURGE_INTERVAL_MS = 60 * 60 * 1000;
// The first purge waits a little, so that it does not compete with the start-up of the server.
const FIRST_PURGE_DELAY_MS = 60 * 1000;

/**
 * Starts what the server process does besides answering requests: delivering the mail outbox, running the job
 * table (webhook deliveries, notification mail, periodic tasks: reminders and digests), queuing each periodic task on its schedule, and every hour
 * deleting what is no longer needed (old mail, ended sessions, used reset links, old counters and log entries,
 * finished jobs).
 */
export function startBackgroundWork(): BackgroundWork {
  const existing = globals[KEY];
  if (existing) return existing;
  const { transport, notice } = configuredMailTransport();
  console.log(notice);
  const db = getDb();
  // The text of delivered mail, links included, is kept only for the development mailbox that shows it.
  const worker = startMailWorker(db, { transport, keepDeliveredText: apiEnv.devMailbox });
  const tasks = periodicTasks();
  const jobs = startJobWorker(db, { handlers: jobHandlers(db, tasks), intervalMs: apiEnv.jobPollIntervalMs });
  const scheduler = startScheduler(db, tasks);
  const purge = startPeriodicPurge(db);
  const work: BackgroundWork = {
    async stop() {
      await Promise.all([worker.stop(), scheduler.stop(), jobs.stop(), purge.stop()]);
      transport.close();
      if (globals[KEY] === work) globals[KEY] = undefined;
    },
  };
  globals[KEY] = work;
  return work;
}

/** What each kind of job in the job table does. */
function jobHandlers(db: PrismaClient, tasks: readonly PeriodicTask[]): JobHandlers {
  const network = configuredWebhookNetwork();
  if (network.allowPrivateNetworks) console.log("Webhooks may be sent to private networks and over plain http (WEBHOOK_ALLOW_PRIVATE_NETWORKS=true).");
  return {
    [WEBHOOK_DELIVERY_JOB]: webhookDeliveryHandler(db, { network, secretsKey: configuredSecretsKey() }),
    [PERIODIC_JOB]: periodicJobHandler(db, tasks),
    [NOTIFICATION_EMAIL_JOB]: notificationEmailHandler(db, { appUrl: apiEnv.appUrl }),
    [ANALYSIS_ALERTS_JOB]: analysisAlertsHandler(db),
  };
}

/** Runs `purgeExpiredData` now and then; a failure is logged and the next run tries again. */
export function startPeriodicPurge(
  db: PrismaClient,
  { intervalMs = PURGE_INTERVAL_MS, firstDelayMs = FIRST_PURGE_DELAY_MS, logError = (message: string) => console.error(message) } = {},
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = purgeExpiredData(db)
        .then(() => undefined)
        .catch((error: unknown) => logError(`Purge: could not delete expired records (${error instanceof Error ? error.message : String(error)}); trying again later.`))
        .finally(() => {
          running = undefined;
          schedule(intervalMs);
        });
    }, delayMs);
    // Housekeeping must not keep a finished process alive.
    timer.unref();
  };
  schedule(firstDelayMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
