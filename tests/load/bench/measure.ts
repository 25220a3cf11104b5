import autocannon from "autocannon";

const SLOW_READ_FACTOR = 4;

export interface Target {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface Measured {
  /** How long it was measured: longer than asked for a read too slow to complete a few requests in that time. */
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers outside 2xx, connection errors and timeouts. */
  failures: number;
}

/** `connections` clients sending `target` back to back for `seconds`, after `warmUpSeconds` that are not counted. */
export async function measure(target: Target, options: { seconds: number; connections: number; warmUpSeconds: number; measureSlowReadsLonger?: boolean }): Promise<Measured> {
  const run = (duration: number) => autocannon({ ...target, method: target.method ?? "GET", connections: options.connections, duration, timeout: 30 });
  if (options.warmUpSeconds > 0) await run(options.warmUpSeconds);
  let seconds = options.seconds;
  let result = await run(seconds);
  // A read slower than the run leaves every connection waiting when it ends, and autocannon counts nothing that had
  // not finished: measure it again for long enough that each connection completes a few.
  if ((options.measureSlowReadsLonger ?? true) && result.requests.total < options.connections * 2) {
    seconds = Math.max(seconds * SLOW_READ_FACTOR, Math.ceil((result.latency.max || seconds * 1000) / 1000) * 3);
    result = await run(seconds);
  }
  return {
    seconds,
    requestsPerSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
