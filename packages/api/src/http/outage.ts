/**
 * Whether this process last found its database unreachable, shared through globalThis so that the request proxy
 * (which must not load the database client) can answer pages with 503 while a probe waits for the database.
 */
const KEY = Symbol.for("tally.databaseOutage");

export const DATABASE_UNAVAILABLE = "Tally cannot reach its database at the moment. Try again in a few seconds.";
const PROBE_INTERVAL_MS = 1000;

interface OutageState {
  since: number;
}

type OutageGlobal = typeof globalThis & { [KEY]?: OutageState };

export function databaseOutage(): OutageState | null {
  return (globalThis as OutageGlobal)[KEY] ?? null;
}

/**
 * Records that the database could not be reached, and probes it every second until it answers; then pages are
 * served again. Calling it during an outage changes nothing.
 */
export function markDatabaseUnavailable(probe: () => Promise<boolean>): void {
  const global = globalThis as OutageGlobal;
  if (global[KEY]) return;
  global[KEY] = { since: Date.now() };
  const timer = setInterval(() => {
    probe()
      .catch(() => false)
      .then((up) => {
        if (!up) return;
        clearInterval(timer);
        delete global[KEY];
      });
  }, PROBE_INTERVAL_MS);
  timer.unref?.();
}
