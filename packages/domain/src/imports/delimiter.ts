import { fieldOfColumn } from "./columns";

export const IMPORT_DELIMITERS = [",", ";", "\t", "|"] as const;
export type ImportDelimiter = (typeof IMPORT_DELIMITERS)[number];

export const DELIMITER_NAMES: Record<ImportDelimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar" };

/** The cells of one line split at `delimiter`, honouring double quotes (a header rarely needs them). */
export function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/**
 * The delimiter of a CSV file, judged by its header line alone: the candidate that splits it into the most
 * column names Tally knows, then into the most cells. Values are never consulted, so "1,5" in a semicolon
 * file cannot mislead it. A comma when nothing fits; the column check then names what it found.
 */
export function detectDelimiter(headerLine: string): ImportDelimiter {
  let best: { delimiter: ImportDelimiter; known: number; cells: number } = { delimiter: ",", known: -1, cells: 0 };
  for (const delimiter of IMPORT_DELIMITERS) {
    const cells = splitLine(headerLine, delimiter);
    const known = cells.filter((cell) => fieldOfColumn(cell) !== null).length;
    if (known > best.known || (known === best.known && cells.length > best.cells)) best = { delimiter, known, cells: cells.length };
  }
  return best.delimiter;
}

export type LineBreak = "\r\n" | "\n" | "\r";

/** The line break a file uses, from the end of its first line; null while no line has ended yet. */
export function detectLineBreak(text: string): LineBreak | null {
  const index = text.search(/[\r\n]/);
  if (index === -1) return null;
  if (text[index] === "\n") return "\n";
  // A lone \r at the very end may be the first half of \r\n still to come.
  if (index === text.length - 1) return null;
  return text[index + 1] === "\n" ? "\r\n" : "\r";
}
