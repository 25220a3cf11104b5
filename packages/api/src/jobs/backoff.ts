/** How long a failed job waits before its next attempt: exponential, capped, and spread by jitter. */
export interface BackoffPolicy {
  /** The wait after the first failed attempt. */
  firstMs: number;
  /** Each further failure multiplies the wait by this. */
  factor: number;
  /** No wait is longer than this (before jitter). */
  maxMs: number;
  /**
   * Share of the wait drawn at random, up or down (0.2: ±20 %), so that jobs that failed together — every
   * delivery to an endpoint that went down — do not all come back at the same moment.
   */
  jitter: number;
}

/** Jobs in general: 30 s, 1 min, 2 min … doubling up to an hour. */
export const DEFAULT_BACKOFF: BackoffPolicy = { firstMs: 30_000, factor: 2, maxMs: 60 * 60_000, jitter: 0.2 };

/** The wait after `failedAttempts` failures; `random` returns [0, 1) like Math.random. */
export function retryDelayMs(failedAttempts: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const base = Math.min(policy.firstMs * policy.factor ** exponent, policy.maxMs);
  const spread = base * policy.jitter * (2 * random() - 1);
  return Math.round(base + spread);
}
