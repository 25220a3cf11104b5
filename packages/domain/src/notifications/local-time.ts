import { startOfDayIn } from "../org/day-start";
import type { IsoDate } from "../kpi/calendar";

const HOUR_MS = 60 * 60 * 1000;

/**
 * The instant a zone's wall clock shows `hour`:00 on `date`. Measured from the day's start with that day's
 * offset at the hour itself, so a daylight-saving change in the night (02:00 or 03:00) does not move 08:00.
 * An hour the clock skips falls on the first instant after the gap.
 */
export function instantAtLocalHour(timeZone: string, date: IsoDate, hour: number): Date {
  const dayStart = startOfDayIn(timeZone, date).getTime();
  const naive = dayStart + hour * HOUR_MS;
  // The hours from midnight to `hour` are fewer or more than `hour` when the offset changed in between.
  const shift = offsetAt(timeZone, dayStart) - offsetAt(timeZone, naive);
  return new Date(naive + shift);
}

const clocks = new Map<string, Intl.DateTimeFormat>();

function offsetAt(timeZone: string, instantMs: number): number {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(instantMs / 1000) * 1000;
}
