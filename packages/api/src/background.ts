import { db as getDb, type PrismaClient } from "@tally/db";
import { apiEnv } from "./env";
import { configuredMailTransport } from "./mail/configured-transport";
import { startMailWorker } from "./mail/worker";
import { purgeExpiredData } from "./purge";

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
 * Starts what the server process does besides answering requests: delivering the mail outbox, and every hour
 * deleting what is no longer needed (old mail, ended sessions, used reset links, old counters and log entries).
 */
export function startBackgroundWork(): BackgroundWork {
  const existing = globals[KEY];
  if (existing) return existing;
  const { transport, notice } = configuredMailTransport();
  console.log(notice);
  const db = getDb();
  // The text of delivered mail, links included, is kept only for the development mailbox that shows it.
  const worker = startMailWorker(db, { transport, keepDeliveredText: apiEnv.devMailbox });
  const purge = startPeriodicPurge(db);
  const work: BackgroundWork = {
    async stop() {
      await Promise.all([worker.stop(), purge.stop()]);
      transport.close();
      if (globals[KEY] === work) globals[KEY] = undefined;
    },
  };
  globals[KEY] = work;
  return work;
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
