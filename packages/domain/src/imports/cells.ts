/** What one cell of a file holds: text from a CSV; text, a number or a date from a spreadsheet; or nothing. */
export type ImportCell = string | number | Date | null;

// Exports put an apostrophe before these, so that a spreadsheet does not run the cell as a formula.
const ESCAPED_LEADS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * A cell as it was before an export escaped it: "'=SUM(A1)" → "=SUM(A1)", "'-5" → "-5". Only the apostrophe
 * an export adds is removed, so "'quoted'" stays as it is and export then import changes nothing.
 */
export function unescapeCell(text: string): string {
  return text.length >= 2 && text[0] === "'" && ESCAPED_LEADS.has(text[1]!) ? text.slice(1) : text;
}

/** A text cell as exports write it: an apostrophe before a lead a spreadsheet would run as a formula. */
export function escapeCell(text: string): string {
  return text.length > 0 && ESCAPED_LEADS.has(text[0]!) ? `'${text}` : text;
}

/** A cell as text, for the KPI and comment columns. */
export function cellText(cell: ImportCell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return unescapeCell(cell);
  if (typeof cell === "number") return String(cell);
  return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
}

export function isBlankCell(cell: ImportCell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}
