/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"): equals, plus,
 * minus, at, tab and carriage return at the start of the cell.
 */
export const FORMULA_TRIGGERS: readonly string[] = ["=", "+", "-", "@", "\t", "\r"];

/** What marks an escaped cell: a leading apostrophe, which spreadsheets show as text and the import removes. */
export const ESCAPE_PREFIX = "'";

/**
 * A text cell as it may be written to a CSV or Excel file: one that a spreadsheet would run as a formula gets a
 * leading apostrophe. Numbers are not text, so they are never escaped (a negative value stays -5); nor is an
 * empty cell.
 */
export function escapeSpreadsheetCell(value: string): string;
export function escapeSpreadsheetCell(value: number): number;
export function escapeSpreadsheetCell(value: null): null;
export function escapeSpreadsheetCell(value: string | number | null): string | number | null;
export function escapeSpreadsheetCell(value: string | number | null): string | number | null {
  if (typeof value !== "string") return value;
  return startsWithFormulaTrigger(value) ? `${ESCAPE_PREFIX}${value}` : value;
}

/** True when a spreadsheet would read this text as the start of a formula. */
export function startsWithFormulaTrigger(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text.charAt(0));
}
