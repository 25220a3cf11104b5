import type { PrismaClient } from "@tally/db";
import { PermanentJobError, type JobHandler } from "../jobs";
import type { PeriodicPayload } from "./queue";
import type { PeriodicTask } from "./task";

/**
 * Runs the periodic task a job names, as of the moment it runs (a run queued before a pause catches up with
 * what is due now). A job naming no known task — one renamed or removed since — fails at once.
 */
export function periodicJobHandler(db: PrismaClient, tasks: readonly PeriodicTask[], clock: () => Date = () => new Date()): JobHandler {
  const byName = new Map(tasks.map((task) => [task.name, task]));
  return {
    async run(job) {
      const name = (job.payload as Partial<PeriodicPayload> | null)?.task;
      const task = typeof name === "string" ? byName.get(name) : undefined;
      if (!task) throw new PermanentJobError(`No periodic task is named "${String(name)}".`);
      await task.run(db, clock());
    },
  };
}
