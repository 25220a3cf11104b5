import { z } from "zod";

/**
 * KPI values travel as decimal strings so that nothing is lost between a form and the Decimal(24, 6)
 * columns: up to 18 digits before the point and 6 after. Plain notation only, because "1,5" and
 * "1e5" mean different things to different people.
 */
export const MAX_INTEGER_DIGITS = 18;
export const MAX_DECIMAL_PLACES = 6;

const NOT_A_NUMBER = "Enter a number, like 1250 or 12.5.";
const PLAIN_DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;
// Longer than any value that fits the columns, even with leading zeros: refuse before looking closer.
const MAX_TEXT_LENGTH = 64;

interface DecimalParts {
  negative: boolean;
  /** Digits before the point without leading zeros; "" for zero. */
  integer: string;
  /** Digits after the point without trailing zeros. */
  fraction: string;
}

function partsOf(text: string): DecimalParts | null {
  if (text.length > MAX_TEXT_LENGTH) return null;
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) return null;
  const integer = (match[2] ?? "").replace(/^0+/, "");
  const fraction = (match[3] ?? "").replace(/0+$/, "");
  return { negative: match[1] === "-" && (integer !== "" || fraction !== ""), integer, fraction };
}

function problemOf(text: string): string | null {
  const parts = partsOf(text);
  if (!parts) return NOT_A_NUMBER;
  if (parts.integer.length > MAX_INTEGER_DIGITS) return `Use at most ${MAX_INTEGER_DIGITS} digits before the decimal point.`;
  if (parts.fraction.length > MAX_DECIMAL_PLACES) return `Use at most ${MAX_DECIMAL_PLACES} decimals.`;
  return null;
}

function requireParts(text: string): DecimalParts {
  const parts = partsOf(text.trim());
  if (!parts) throw new Error(`Not a decimal number: ${JSON.stringify(text.slice(0, 40))}.`);
  return parts;
}

/** One spelling per value ("+012.50" → "12.5", "-0" → "0"), so equal values compare equal as text. */
export function normalizeDecimalString(text: string): string {
  const { negative, integer, fraction } = requireParts(text);
  return `${negative ? "-" : ""}${integer || "0"}${fraction ? `.${fraction}` : ""}`;
}

/** Exact comparison of two decimal strings, where floats would round long values together. */
export function compareDecimalStrings(a: string, b: string): number {
  const left = requireParts(a);
  const right = requireParts(b);
  if (left.negative !== right.negative) return left.negative ? -1 : 1;
  const magnitude = compareMagnitudes(left, right);
  return left.negative ? -magnitude : magnitude;
}

function compareMagnitudes(a: DecimalParts, b: DecimalParts): number {
  if (a.integer.length !== b.integer.length) return Math.sign(a.integer.length - b.integer.length);
  if (a.integer !== b.integer) return a.integer < b.integer ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const left = a.fraction.padEnd(width, "0");
  const right = b.fraction.padEnd(width, "0");
  return left === right ? 0 : left < right ? -1 : 1;
}

/** The value as a JS number, for the status rules and charts; storage keeps the exact string. */
export function toNumber(decimalString: string): number {
  return Number(normalizeDecimalString(decimalString));
}

export function toNumberOrNull(decimalString: string | null | undefined): number | null {
  return decimalString === null || decimalString === undefined ? null : toNumber(decimalString);
}

export const decimalStringSchema = z
  .string({ error: NOT_A_NUMBER })
  .max(200, { message: NOT_A_NUMBER, abort: true })
  .trim()
  .superRefine((text, context) => {
    const problem = problemOf(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .transform(normalizeDecimalString);

/** For fields a form may leave blank: "", whitespace, null or a missing key all mean "no value" (null). */
export const optionalDecimalStringSchema = z
  .string({ error: NOT_A_NUMBER })
  .max(200, { message: NOT_A_NUMBER, abort: true })
  .trim()
  .superRefine((text, context) => {
    const problem = text === "" ? null : problemOf(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .transform((text) => (text === "" ? null : normalizeDecimalString(text)))
  .nullish()
  .transform((value) => value ?? null);
