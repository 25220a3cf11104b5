const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** True for a decimal in plain notation with a dot and no grouping ("-1234.5"): a number, not text. */
export function isPlainDecimal(text: string): boolean {
  return PLAIN_DECIMAL.test(text);
}

/**
 * A stored decimal as an Excel number when a spreadsheet number holds it exactly; otherwise (more significant
 * digits than a double keeps) as its exact text, so reading the file back gives the stored value, not a rounded one.
 */
export function spreadsheetNumber(text: string): number | string {
  if (!isPlainDecimal(text)) throw new Error(`Not a plain decimal: ${JSON.stringify(text.slice(0, 40))}.`);
  const value = Number(text);
  return Number.isFinite(value) && sameDecimal(String(value), text) ? value : text;
}

/** Compares two plain decimals as written, ignoring a sign on zero, leading zeros and trailing fraction zeros. */
function sameDecimal(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(text: string): string {
  // String(number) may use an exponent ("1e-7", "1e+21"); such a text is never equal to a plain one.
  if (!isPlainDecimal(text)) return `exp:${text}`;
  const negative = text.startsWith("-");
  const [integer = "", fraction = ""] = text.replace(/^-/, "").split(".");
  const whole = integer.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  const zero = /^0*$/.test(whole) && decimals === "";
  return `${negative && !zero ? "-" : ""}${whole}${decimals ? `.${decimals}` : ""}`;
}
