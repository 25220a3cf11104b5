export { periodicJobHandler } from "./handler";
export { scheduledInstant } from "./instant";
export { PERIODIC_JOB, periodicJobKey, queuePeriodicRun, type PeriodicPayload } from "./queue";
export { startScheduler, type Scheduler, type SchedulerOptions } from "./scheduler";
export { periodicTasks } from "./tasks";
export type { PeriodicTask } from "./task";
