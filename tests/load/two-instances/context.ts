import type pg from "pg";
import type { Balancer } from "./balancer";
import type { Instance } from "./instances";
import type { Report } from "./report";

/** What every check works with: the two instances, the balancer in front of them, SQL on their database. */
export interface TwinContext {
  a: Instance;
  b: Instance;
  balancer: Balancer;
  sql: pg.Client;
  report: Report;
  orgSlug: string;
  password: string;
  limits: { signInPerIp: number; signInPerAccount: number; apiPerMinute: number };
}

/** A and B in turn: the i-th request goes to A when i is even. */
export function alternate(context: TwinContext, index: number): Instance {
  return index % 2 === 0 ? context.a : context.b;
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
