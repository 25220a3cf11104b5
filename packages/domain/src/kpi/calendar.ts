/**
 * Calendar dates as "YYYY-MM-DD" strings. KPI periods are days on a calendar, not instants, so the
 * arithmetic here counts whole days and never touches time zones.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Dates already read, with their parts (null for a string that is no date). Period rules read the same few
 * hundred dates over and over — sorting and stepping through a KPI's values reads each many times — and a regular
 * expression per read was most of a KPI list's time. Emptied when full, so any input keeps it small.
 */
const knownParts = new Map<string, Readonly<YearMonthDay> | null>();
const KNOWN_PARTS_LIMIT = 10_000;

function readParts(value: string): YearMonthDay | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function partsOf(value: string): Readonly<YearMonthDay> | null {
  const known = knownParts.get(value);
  if (known !== undefined) return known;
  const parts = readParts(value);
  if (knownParts.size >= KNOWN_PARTS_LIMIT) knownParts.clear();
  knownParts.set(value, parts && Object.freeze(parts));
  return parts;
}

/** True only for dates that exist: 2024-02-29 does, 2025-02-29 and 2026-02-30 do not. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && partsOf(value) !== null;
}

export function toYearMonthDay(date: IsoDate): Readonly<YearMonthDay> {
  const parts = partsOf(date);
  // A malformed date here is a programming error upstream: schemas refuse bad dates before they get this far.
  if (!parts) throw new Error(`Not a calendar date: ${JSON.stringify(date.slice(0, 40))}.`);
  return parts;
}

export function fromYearMonthDay(year: number, month: number, day: number): IsoDate {
  if (year < 0 || year > 9999) throw new Error(`The year ${year} is outside the calendar Tally supports.`);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const knownDayNumbers = new Map<string, number>();

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar. Integer arithmetic rather than Date.UTC,
 * which reads the years 0–99 as 1900–1999.
 */
export function toDayNumber(date: IsoDate): number {
  const known = knownDayNumbers.get(date);
  if (known !== undefined) return known;
  const dayNumber = dayNumberOf(toYearMonthDay(date));
  if (knownDayNumbers.size >= KNOWN_PARTS_LIMIT) knownDayNumbers.clear();
  knownDayNumbers.set(date, dayNumber);
  return dayNumber;
}

function dayNumberOf({ year, month, day }: Readonly<YearMonthDay>): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return fromYearMonthDay(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new Error(`Add whole days to a date, not ${days}.`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Negative when a is earlier, positive when later, 0 on the same day. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday, ISO weekday 4.
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (!name) throw new Error(`There is no month ${month}.`);
  return name;
}

/** "12 Mar 2026": unambiguous in every locale, unlike 03/12/2026. */
export function formatIsoDate(date: IsoDate): string {
  const { year, month, day } = toYearMonthDay(date);
  return `${day} ${monthName(month)} ${year}`;
}
