import type { PrismaClient } from "@tally/db";

/** Work done on a cron-style schedule, once per scheduled instant whatever the number of server instances. */
export interface PeriodicTask {
  /** Unique among the tasks; part of each run's job key, so renaming a task starts its schedule afresh. */
  name: string;
  /** When it runs, in UTC: five fields (minute first) or six (seconds first), as croner reads them. */
  cron: string;
  /** Does the work as of `now`. Throwing fails the run's job, which is retried with backoff. */
  run(db: PrismaClient, now: Date): Promise<unknown>;
}
