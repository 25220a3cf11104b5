import { addDays, isoWeekday } from "../kpi/calendar";
import { todayIn } from "../org/today";
import { instantAtLocalHour } from "./local-time";

export const DIGEST_FREQUENCIES = ["none", "daily", "weekly"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export const DIGEST_FREQUENCY_LABELS: Record<DigestFrequency, string> = {
  none: "No digest",
  daily: "Daily, at 08:00",
  weekly: "Weekly, at 08:00 on the first day of the week",
};

/** Digests go out at this hour of the organization's wall clock: before the working day, after the night's work. */
export const DIGEST_HOUR = 8;

export interface DigestSchedule {
  frequency: DigestFrequency;
  /** The organization's IANA time zone. */
  timeZone: string;
  /** The organization's first day of the week, 1 = Monday … 7 = Sunday. */
  weekStart: number;
}

/** The last moment at or before `now` when a digest of this schedule was meant to go out; null for no digest. */
export function latestDigestSlot(schedule: DigestSchedule, now: Date): Date | null {
  if (schedule.frequency === "none") return null;
  const today = todayIn(schedule.timeZone, now);
  const step = schedule.frequency === "daily" ? 1 : 7;
  // Daily: today. Weekly: the most recent week start, today included.
  const back = schedule.frequency === "daily" ? 0 : (isoWeekday(today) - schedule.weekStart + 7) % 7;
  const day = addDays(today, -back);
  const slot = instantAtLocalHour(schedule.timeZone, day, DIGEST_HOUR);
  return slot.getTime() <= now.getTime() ? slot : instantAtLocalHour(schedule.timeZone, addDays(day, -step), DIGEST_HOUR);
}

/** The slot one day or week before `slot`, by the wall clock, so a daylight-saving change keeps it at 08:00. */
function previousSlot(schedule: DigestSchedule, slot: Date): Date {
  const day = todayIn(schedule.timeZone, slot);
  return instantAtLocalHour(schedule.timeZone, addDays(day, schedule.frequency === "daily" ? -1 : -7), DIGEST_HOUR);
}

export interface DueDigest {
  /** The scheduled moment this digest answers. */
  slot: Date;
  /** Notifications from here on are in it … */
  windowStart: Date;
  /** … up to here (excluded): the moment it is written, which becomes the member's lastDigestAt. */
  windowEnd: Date;
}

/**
 * Whether a member's digest is due at `now`, and what it covers. One is due once a scheduled moment has passed
 * that the last digest did not answer. It covers everything since the last digest; the first one covers the
 * day (or week) before the latest scheduled moment, as if the previous digest had gone out on time.
 */
export function dueDigest(schedule: DigestSchedule, lastDigestAt: Date | null, now: Date): DueDigest | null {
  const slot = latestDigestSlot(schedule, now);
  if (!slot) return null;
  if (lastDigestAt && lastDigestAt.getTime() >= slot.getTime()) return null;
  return { slot, windowStart: lastDigestAt ?? previousSlot(schedule, slot), windowEnd: now };
}
