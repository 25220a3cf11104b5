import { MAX_DECIMAL_PLACES, MAX_INTEGER_DIGITS, normalizeDecimalString } from "../kpi/decimal";
import { parseLocaleDecimal } from "../kpi/locale-decimal";
import type { ImportCell } from "./cells";
import { unescapeCell } from "./cells";

export const DECIMAL_SEPARATORS = [".", ","] as const;
export type DecimalSeparator = (typeof DECIMAL_SEPARATORS)[number];

export const DECIMAL_SEPARATOR_LABELS: Record<DecimalSeparator, string> = { ".": "Point (1,234.5)", ",": "Comma (1.234,5)" };

const separators = new Map<string, DecimalSeparator>();

/** The mark a locale writes before decimals: what an import of its organization expects unless told otherwise. */
export function decimalSeparatorOf(locale: string): DecimalSeparator {
  let separator = separators.get(locale);
  if (!separator) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    separator = parts.find((part) => part.type === "decimal")?.value === "," ? "," : ".";
    separators.set(locale, separator);
  }
  return separator;
}

// Digits with at most one decimal mark and no group marks read the same in every format: the common case of a
// file written by a program, read without the locale parser's work.
const PLAIN = { ".": /^-?\d{1,24}(?:\.\d{1,24})?$/, ",": /^-?\d{1,24}(?:,\d{1,24})?$/ } as const;

// A locale whose decimal mark is the chosen one, for reading numbers when the file is not in the organization's format.
const LOCALE_FOR_SEPARATOR: Record<DecimalSeparator, string> = { ".": "en-US", ",": "de-DE" };

export type ImportValueResult = { ok: true; value: string } | { ok: false; problem: string };

// Excel keeps 15 significant digits: 0.1 + 0.2 is 0.3 there, not 0.30000000000000004.
const SPREADSHEET_PRECISION = 15;

function withinColumns(value: string): ImportValueResult {
  const [integer = "", fraction = ""] = value.replace(/^-/, "").split(".");
  if (integer.replace(/^0+/, "").length > MAX_INTEGER_DIGITS) return { ok: false, problem: `Use at most ${MAX_INTEGER_DIGITS} digits before the decimal mark.` };
  if (fraction.replace(/0+$/, "").length > MAX_DECIMAL_PLACES) return { ok: false, problem: `Use at most ${MAX_DECIMAL_PLACES} decimals.` };
  return { ok: true, value: normalizeDecimalString(value) };
}

/** A decimal already in plain notation ("-0012.500"), checked and normalised without a second parse. */
function plainDecimal(text: string): ImportValueResult {
  const negative = text.startsWith("-");
  const point = text.indexOf(".");
  let integer = text.slice(negative ? 1 : 0, point === -1 ? undefined : point);
  let fraction = point === -1 ? "" : text.slice(point + 1);
  let start = 0;
  while (start < integer.length - 1 && integer[start] === "0") start += 1;
  integer = integer.slice(start);
  let end = fraction.length;
  while (end > 0 && fraction[end - 1] === "0") end -= 1;
  fraction = fraction.slice(0, end);
  if (integer.length > MAX_INTEGER_DIGITS) return { ok: false, problem: `Use at most ${MAX_INTEGER_DIGITS} digits before the decimal mark.` };
  if (fraction.length > MAX_DECIMAL_PLACES) return { ok: false, problem: `Use at most ${MAX_DECIMAL_PLACES} decimals.` };
  const zero = integer === "0" && fraction === "";
  return { ok: true, value: `${negative && !zero ? "-" : ""}${integer}${fraction ? `.${fraction}` : ""}` };
}

function spreadsheetNumber(cell: number): ImportValueResult {
  if (!Number.isFinite(cell)) return { ok: false, problem: "This cell holds no number." };
  const rounded = Number(cell.toPrecision(SPREADSHEET_PRECISION));
  if (Math.abs(rounded) >= 10 ** MAX_INTEGER_DIGITS) return { ok: false, problem: `Use at most ${MAX_INTEGER_DIGITS} digits before the decimal mark.` };
  const text = String(rounded);
  return withinColumns(/e/i.test(text) ? rounded.toFixed(SPREADSHEET_PRECISION) : text);
}

/**
 * A value cell as a decimal string with a point. Text is read with the chosen decimal separator — in the
 * organization's own format when the separator is its own (group marks included), else as a point or comma
 * file; a spreadsheet's number cell is a number already.
 */
export function parseImportValue(cell: ImportCell, separator: DecimalSeparator, orgLocale: string): ImportValueResult {
  if (typeof cell === "number") return spreadsheetNumber(cell);
  if (cell instanceof Date) return { ok: false, problem: "This cell holds a date, not a number." };
  const text = unescapeCell(cell ?? "").trim();
  if (!text) return { ok: false, problem: "Enter a value." };
  if (PLAIN[separator].test(text)) return plainDecimal(separator === "," ? text.replace(",", ".") : text);
  const locale = decimalSeparatorOf(orgLocale) === separator ? orgLocale : LOCALE_FOR_SEPARATOR[separator];
  const parsed = parseLocaleDecimal(text, locale);
  return parsed.ok ? withinColumns(parsed.value) : { ok: false, problem: parsed.problem };
}
