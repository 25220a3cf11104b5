/** After this many failed attempts a mail is marked failed and no longer retried. */
export const MAX_ATTEMPTS = 10;

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/**
 * How long to wait after the given number of failed attempts: 30 s, 1 min, 2 min … doubling up to an
 * hour, so a mail server that is down for a few hours still gets every mail once it is back.
 */
export function retryDelayMs(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(FIRST_RETRY_MS * 2 ** exponent, LONGEST_RETRY_MS);
}
