import { daysInMonth, fromYearMonthDay } from "../kpi/calendar";
import type { ImportCell } from "./cells";
import { unescapeCell } from "./cells";

/** The order in which a locale writes the parts of a date. */
export type DateOrder = "dmy" | "mdy" | "ymd";

export interface ImportDateFormat {
  order: DateOrder;
  /** 31 March 2026 as the locale writes it, for messages: "3/31/2026", "31.3.2026". */
  example: string;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/;

const formats = new Map<string, ImportDateFormat>();

/**
 * How the locale writes dates (day, month, year order), read once from Intl for the whole file: a file is read in
 * its organization's format, never guessed row by row, so 03/04/2026 is 4 March in en-US and 3 April in en-GB.
 */
export function importDateFormat(locale: string): ImportDateFormat {
  let format = formats.get(locale);
  if (!format) {
    const formatter = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
    const sample = new Date(Date.UTC(2026, 2, 31));
    const order = formatter
      .formatToParts(sample)
      .filter((part) => part.type === "day" || part.type === "month" || part.type === "year")
      .map((part) => part.type[0])
      .join("");
    format = { order: order === "mdy" || order === "ymd" ? order : "dmy", example: formatter.format(sample) };
    formats.set(locale, format);
  }
  return format;
}

export type ImportDateResult = { ok: true; date: string } | { ok: false; problem: string };

function describe(format: ImportDateFormat): string {
  return format.order === "ymd" ? "2026-03-31" : `2026-03-31 or ${format.example}`;
}

function calendarDate(year: number, month: number, day: number, text: string, format: ImportDateFormat): ImportDateResult {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: `“${text}” is not a date in the calendar. Write dates like ${describe(format)}.` };
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, problem: `Use a date between ${FIRST_YEAR} and ${LAST_YEAR}.` };
  return { ok: true, date: fromYearMonthDay(year, month, day) };
}

/**
 * A date cell as an ISO date: "2026-03-31" always, or the organization's own numeric format with / . or - between
 * the parts and a four-digit year; a spreadsheet's date cell as the calendar day it shows.
 */
export function parseImportDate(cell: ImportCell, format: ImportDateFormat): ImportDateResult {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, problem: "This date cell holds no date." };
    return calendarDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), cell.toISOString().slice(0, 10), format);
  }
  if (typeof cell === "number") {
    return { ok: false, problem: `${cell} is a number, not a date. Format the column as dates, or write dates like ${describe(format)}.` };
  }
  const text = unescapeCell(cell ?? "").trim();
  if (!text) return { ok: false, problem: `Enter a date, like ${describe(format)}.` };
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), shown, format);
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [first, , second, third] = [numeric[1]!, numeric[2], numeric[3]!, numeric[4]!];
    if (format.order === "ymd") {
      if (first.length !== 4) return { ok: false, problem: `Write the year with four digits: dates like ${describe(format)}.` };
      return calendarDate(Number(first), Number(second), Number(third), shown, format);
    }
    if (third.length !== 4 || first.length > 2) {
      return { ok: false, problem: `“${shown}” is not a date in this format. Write dates like ${describe(format)}, with a four-digit year.` };
    }
    const [day, month] = format.order === "dmy" ? [first, second] : [second, first];
    return calendarDate(Number(third), Number(month), Number(day), shown, format);
  }
  return { ok: false, problem: `“${shown}” is not a date. Write dates like ${describe(format)}.` };
}
