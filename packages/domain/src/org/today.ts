import type { IsoDate } from "../kpi/calendar";

const calendars = new Map<string, Intl.DateTimeFormat>();

function calendarIn(timeZone: string): Intl.DateTimeFormat {
  let calendar = calendars.get(timeZone);
  if (!calendar) {
    // The Gregorian calendar and Latin digits whatever the runtime's default locale.
    calendar = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    calendars.set(timeZone, calendar);
  }
  return calendar;
}

/**
 * The calendar date at the instant `now` in the IANA time zone `timeZone`: 2026-03-31T23:30Z is already
 * 1 April in Auckland and still 31 March in Los Angeles. The caller passes the clock, so rules stay testable.
 */
export function todayIn(timeZone: string, now: Date): IsoDate {
  const parts = calendarIn(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}
