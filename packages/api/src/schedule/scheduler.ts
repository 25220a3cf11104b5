import { Cron } from "croner";
import type { PrismaClient } from "@tally/db";
import { scheduledInstant } from "./instant";
import { queuePeriodicRun } from "./queue";
import type { PeriodicTask } from "./task";

export interface Scheduler {
  /** Stops the timers and waits for the ticks queuing right now. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  logError?: (message: string) => void;
}

/**
 * Starts a timer per periodic task. A tick only queues the task's run in the job table, keyed by its scheduled
 * instant; the job worker of whichever instance claims it does the work. So every instance may run a
 * scheduler, and a task runs once per instant, retried with backoff like any job.
 */
export function startScheduler(db: PrismaClient, tasks: readonly PeriodicTask[], { logError = (message) => console.error(message) }: SchedulerOptions = {}): Scheduler {
  const ticking = new Set<Promise<void>>();
  const timers = tasks.map(
    (task) =>
      new Cron(task.cron, { name: `tally:${task.name}`, timezone: "UTC", protect: true, unref: true }, (self: Cron) => {
        // The instant the tick was scheduled for, not the moment the timer fired: every instance agrees on it.
        const scheduledAt = scheduledInstant(task.cron, self.currentRun() ?? new Date());
        const tick = queuePeriodicRun(db, task, scheduledAt)
          .then(() => undefined)
          .catch((error: unknown) => logError(`Schedule: could not queue "${task.name}" (${error instanceof Error ? error.message : String(error)}); the next tick tries again.`))
          .finally(() => ticking.delete(tick));
        ticking.add(tick);
        return tick;
      }),
  );
  return {
    async stop() {
      for (const timer of timers) timer.stop();
      await Promise.all([...ticking]);
    },
  };
}
