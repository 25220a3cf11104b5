/**
 * Whether this process last found its database unreachable, shared through globalThis so that the request proxy
 * (which must not load the database client) can answer pages with 503 while a probe waits for the database.
 */
const KEY = Symbol.for("tally.databaseOutage");

export const DATABASE_UNAVAILABLE = "Tally cannot reach its database at the moment. Try again in a few seconds.";
// Pages wait for the probe to come back: at most this long after the database returns (plus the probe's query).
const PROBE_INTERVAL_MS = 500;

interface OutageState {
  since: number;
  probe: NodeJS.Timeout;
}

type OutageGlobal = typeof globalThis & { [KEY]?: OutageState };

export function databaseOutage(): OutageState | null {
  return (globalThis as OutageGlobal)[KEY] ?? null;
}

/**
 * Records that the database could not be reached, and probes it twice a second until it answers; then pages are
 * served again. Calling it during an outage changes nothing.
 */
export function markDatabaseUnavailable(probe: () => Promise<boolean>): void {
  const global = globalThis as OutageGlobal;
  if (global[KEY]) return;
  const timer = setInterval(() => {
    probe()
      .catch(() => false)
      .then((up) => {
        if (up && global[KEY]?.probe === timer) markDatabaseAvailable();
      });
  }, PROBE_INTERVAL_MS);
  timer.unref?.();
  global[KEY] = { since: Date.now(), probe: timer };
}

/** Ends the outage: the probe, or a request, found the database answering. */
export function markDatabaseAvailable(): void {
  const global = globalThis as OutageGlobal;
  const state = global[KEY];
  if (!state) return;
  clearInterval(state.probe);
  delete global[KEY];
}
