import type { PeriodicTask } from "./task";

/** Every periodic task of the app. Each runs once per scheduled instant across all instances. */
export function periodicTasks(): PeriodicTask[] {
  return [];
}
