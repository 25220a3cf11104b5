/**
 * A number as plain text for messages and summaries: no exponent, no float noise past the 6 decimals
 * that storage keeps, no trailing zeros. Units and thousands separators are the UI's job.
 */
export function formatPlainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = value.toFixed(6).replace(/\.?0+$/, "");
  return text === "-0" ? "0" : text;
}
