import autocannon from "autocannon";

export interface Target {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers outside 2xx, connection errors and timeouts. */
  failures: number;
}

/** `connections` clients sending `target` back to back for `seconds`, after `warmUpSeconds` that are not counted. */
export async function measure(target: Target, options: { seconds: number; connections: number; warmUpSeconds: number }): Promise<Measured> {
  const run = (duration: number) => autocannon({ ...target, method: target.method ?? "GET", connections: options.connections, duration, timeout: 30 });
  if (options.warmUpSeconds > 0) await run(options.warmUpSeconds);
  const result = await run(options.seconds);
  return {
    requestsPerSecond: result.requests.total / options.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
