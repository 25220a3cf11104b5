import type { IsoDate } from "../kpi/calendar";

const clocks = new Map<string, Intl.DateTimeFormat>();

function clockIn(timeZone: string): Intl.DateTimeFormat {
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
  return clock;
}

/** How far the zone's wall clock is ahead of UTC at `instantMs`. */
function offsetMs(timeZone: string, instantMs: number): number {
  const parts = clockIn(timeZone).formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a calendar day begins in an IANA time zone: 2026-03-01 begins at 2026-02-28T23:00Z in Berlin.
 * Measured twice, so a day that begins near a daylight-saving change gets the offset in force at its start.
 */
export function startOfDayIn(timeZone: string, date: IsoDate): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  const first = wall - offsetMs(timeZone, wall);
  return new Date(wall - offsetMs(timeZone, first));
}
