const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Significant digits a spreadsheet keeps of a number: Excel shows, stores and gives back at most 15. */
export const SPREADSHEET_DIGITS = 15;

/** True for a decimal in plain notation with a dot and no grouping ("-1234.5"): a number, not text. */
export function isPlainDecimal(text: string): boolean {
  return PLAIN_DECIMAL.test(text);
}

/** Digits from the first non-zero one to the last non-zero one: "0.00120" has 2, "1200" has 2, "0" has 0. */
function significantDigits(text: string): number {
  const digits = text.replace(/^-/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return digits.length;
}

/**
 * A stored decimal as an Excel number when a spreadsheet holds it exactly (at most 15 significant digits);
 * otherwise as its exact text, so that reading the file back gives the stored value, not a rounded one.
 */
export function spreadsheetNumber(text: string): number | string {
  if (!isPlainDecimal(text)) throw new Error(`Not a plain decimal: ${JSON.stringify(text.slice(0, 40))}.`);
  return significantDigits(text) <= SPREADSHEET_DIGITS ? Number(text) : text;
}
