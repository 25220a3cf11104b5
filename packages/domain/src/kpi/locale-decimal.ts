/**
 * Numbers as people type them in their format ("89,5" in Germany, "1 234,5" in France, "1,234.5" in the
 * United States) turned into the decimal strings with a point that the API stores, and back for editing.
 */

export type LocaleDecimalResult = { ok: true; value: string } | { ok: false; problem: string };

interface NumberMarks {
  decimal: "." | ",";
  /** The locale's own thousands mark, with every space folded to " " and every apostrophe to "'". */
  group: string;
  /** India groups by two digits above the thousands: 12,34,567. */
  twoDigitGroups: boolean;
  /** 1234.5 as the locale writes it, for messages. */
  example: string;
}

const marksByLocale = new Map<string, NumberMarks>();

function foldMark(mark: string): string {
  if (/^\s$/u.test(mark)) return " ";
  if (mark === "\u2019") return "'";
  return mark;
}

function marksOf(locale: string): NumberMarks {
  let marks = marksByLocale.get(locale);
  if (!marks) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
    const decimal = parts.find((part) => part.type === "decimal")?.value === "," ? "," : ".";
    const group = foldMark(parts.find((part) => part.type === "group")?.value ?? (decimal === "," ? "." : ","));
    const integerGroups = parts.filter((part) => part.type === "integer").map((part) => part.value.length);
    const example = new Intl.NumberFormat(locale, { useGrouping: true, minimumFractionDigits: 1 }).format(1234.5);
    marks = { decimal, group, twoDigitGroups: integerGroups.slice(1, -1).some((length) => length === 2), example };
    marksByLocale.set(locale, marks);
  }
  return marks;
}

const MARK_NAMES: Record<string, string> = { ".": "points", ",": "commas", " ": "spaces", "'": "apostrophes" };

function formatProblem(marks: NumberMarks, lead = ""): string {
  const decimalName = marks.decimal === "," ? "a comma" : "a point";
  return `${lead}Write numbers like ${marks.example}: ${decimalName} before the decimals, ${MARK_NAMES[marks.group] ?? "a mark"} between thousands (or none).`;
}

// Longer than any value the columns hold, grouped: refuse before looking closer.
const MAX_TEXT_LENGTH = 64;

/** Checks the thousands groups of the integer part: 1,234,567 (or 12,34,567 where India's grouping applies). */
function groupedDigits(integer: string, groupMarks: RegExp, marks: NumberMarks): string | null {
  const groups = integer.split(groupMarks);
  if (groups.length === 1) return integer;
  const first = groups[0] ?? "";
  const last = groups[groups.length - 1] ?? "";
  const middle = groups.slice(1, -1);
  const middleOk = middle.every((group) => group.length === 3 || (marks.twoDigitGroups && group.length === 2));
  if (first.length < 1 || first.length > 3 || last.length !== 3 || !middleOk) return null;
  return groups.join("");
}

/**
 * Reads a number typed in `locale`'s format. Group marks are optional; spaces and apostrophes always count
 * as group marks; full-width digits and the minus sign (−) are understood. A point where the locale groups
 * with points ("89.5" in de-DE) or a mix that reads two ways ("1.234,5" in en-US) is refused with a message
 * that shows the expected format, rather than guessed.
 */
export function parseLocaleDecimal(text: string, locale: string): LocaleDecimalResult {
  const marks = marksOf(locale);
  // NFKC turns full-width digits and marks into ASCII and every no-break or thin space into a space.
  const folded = text.normalize("NFKC").trim().replace(/[\u2212\u2012\u2013]/g, "-").replace(/\u2019/g, "'");
  if (!folded) return { ok: false, problem: "Enter a number." };
  if (folded.length > MAX_TEXT_LENGTH) return { ok: false, problem: "Enter a shorter number." };
  const signed = /^([+-]?)([0-9][0-9., ']*)$/.exec(folded);
  const sign = signed?.[1] === "-" ? "-" : "";
  const body = signed?.[2] ?? "";
  if (!signed || !/[0-9]$/.test(body)) return { ok: false, problem: formatProblem(marks, "That is not a number. ") };

  const other = marks.decimal === "." ? "," : ".";
  const otherGroups = marks.group === other;
  let decimalMark: string | null = null;
  if (body.includes(marks.decimal)) decimalMark = marks.decimal;
  // A point in a locale that neither groups nor decimals with it (fr-FR, sv-SE) can only be a decimal point.
  else if (!otherGroups && body.includes(other)) decimalMark = other;

  let integer = body;
  let fraction = "";
  if (decimalMark) {
    const pieces = body.split(decimalMark);
    if (pieces.length > 2) return { ok: false, problem: formatProblem(marks, `“${folded}” has more than one decimal mark. `) };
    integer = pieces[0] ?? "";
    fraction = pieces[1] ?? "";
    if (!/^[0-9]+$/.test(fraction)) return { ok: false, problem: formatProblem(marks, `“${folded}” mixes separators. `) };
  }
  const groupMarks = new RegExp(`[ '${otherGroups ? `\\${other}` : ""}]`, "g");
  if (/[.,]/.test(integer.replace(groupMarks, ""))) return { ok: false, problem: formatProblem(marks, `“${folded}” mixes separators. `) };
  const digits = groupedDigits(integer, groupMarks, marks);
  if (digits === null) {
    // "89,5" in en-US or "89.5" in de-DE: most likely a decimal typed with the other convention's mark.
    const single = otherGroups && !decimalMark && integer.split(other).length === 2;
    const lead = single ? `In this format the decimal mark is ${marks.decimal === "," ? "a comma" : "a point"}: write ${sign}${integer.replace(other, marks.decimal)} for a decimal. ` : `“${folded}” is not a number in this format. `;
    return { ok: false, problem: single ? lead.trim() : formatProblem(marks, lead) };
  }
  return { ok: true, value: `${sign}${digits}${fraction ? `.${fraction}` : ""}` };
}

/** A stored decimal string ("1234.5") as the locale writes it in an input, without group marks ("1234,5"). */
export function decimalToLocaleText(value: string, locale: string): string {
  return marksOf(locale).decimal === "," ? value.replace(".", ",") : value;
}
