import { db as getDb } from "@tally/db";
import { configuredMailTransport } from "./mail/configured-transport";
import { startMailWorker } from "./mail/worker";

export interface BackgroundWork {
  stop(): Promise<void>;
}

// One set of background work per process, even if the server calls this more than once (dev reloads).
const KEY = Symbol.for("@tally/api/background-work");
const globals = globalThis as typeof globalThis & { [KEY]?: BackgroundWork };

/** Starts what the server process does besides answering requests: delivering the mail outbox. */
export function startBackgroundWork(): BackgroundWork {
  const existing = globals[KEY];
  if (existing) return existing;
  const { transport, notice } = configuredMailTransport();
  console.log(notice);
  const worker = startMailWorker(getDb(), { transport });
  const work: BackgroundWork = {
    async stop() {
      await worker.stop();
      transport.close();
      if (globals[KEY] === work) globals[KEY] = undefined;
    },
  };
  globals[KEY] = work;
  return work;
}
