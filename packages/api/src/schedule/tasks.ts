import { apiEnv } from "../env";
import { digestSweep } from "../services/notifications/digest-sweep";
import { reminderSweep } from "../services/reminders/sweep";
import type { PeriodicTask } from "./task";

/** Every periodic task of the app. Each runs once per scheduled instant across all instances. */
export function periodicTasks(): PeriodicTask[] {
  return [
    // Digests fall due at 08:00 in each organization's own time zone, so the sweep looks every minute (one query).
    { name: "notification-digests", cron: "* * * * *", run: (db, now) => digestSweep(db, now, apiEnv.appUrl) },
    { name: "value-reminders", cron: apiEnv.reminderSchedule, run: (db, now) => reminderSweep(db, now) },
  ];
}
