import Papa from "papaparse";
import { detectDelimiter, detectLineBreak, MAX_HEADER_CHARACTERS, type ImportDelimiter } from "@tally/domain";
import { ImportFileError } from "./types";

/** No row of a value file comes near this; an unclosed quote that swallows the file does. */
const MAX_RECORD_CHARACTERS = 256 * 1024;

export interface CsvRows {
  delimiter: ImportDelimiter;
  /**
   * Every record of the file in batches (one per chunk read), the header first, blank lines included (as [""])
   * so that line numbers hold. Batches spare an await per row.
   */
  rows: AsyncGenerator<string[][]>;
}

interface ParseResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

function unclosedQuote(line: number): ImportFileError {
  return new ImportFileError(
    "unreadable",
    `Line ${line} opens a cell with a double quote that never closes. Close the quote, or remove it, and import the file again.`,
  );
}

/**
 * Reads CSV text as it arrives. The line break and the delimiter (comma, semicolon, tab or vertical bar) are
 * found in the header line; papaparse's parser then splits the records, quoted cells with delimiters and line
 * breaks included. Only the unfinished last record of each chunk waits for the next one.
 */
export async function csvRows(texts: AsyncGenerator<string>): Promise<CsvRows | null> {
  let start = "";
  let lineBreak = null as ReturnType<typeof detectLineBreak>;
  let finished = false;
  while (lineBreak === null) {
    const next = await texts.next();
    if (next.done) {
      finished = true;
      break;
    }
    start += next.value;
    lineBreak = detectLineBreak(start);
    if (lineBreak === null && start.length > MAX_HEADER_CHARACTERS) {
      throw new ImportFileError("unreadable", `The first line is longer than ${MAX_HEADER_CHARACTERS.toLocaleString("en-US")} characters, so it is no header of columns. Is this a CSV file?`);
    }
  }
  if (!start.trim()) return null;
  const headerEnd = start.search(/[\r\n]/);
  const headerLine = headerEnd === -1 ? start : start.slice(0, headerEnd);
  const delimiter = detectDelimiter(headerLine);
  const parser = new Papa.Parser({ delimiter, newline: lineBreak ?? "\n" }) as unknown as { parse(input: string, baseIndex: number, ignoreLastRow: boolean): ParseResult };

  async function* rows(): AsyncGenerator<string[][]> {
    let pending = start;
    let line = 0;
    const parse = (ignoreLastRow: boolean): string[][] => {
      const result = parser.parse(pending, 0, ignoreLastRow);
      if (!ignoreLastRow) {
        const missing = result.errors.find((error) => error.code === "MissingQuotes");
        if (missing) throw unclosedQuote(line + (missing.row ?? 0) + 1);
      }
      pending = ignoreLastRow ? pending.slice(result.meta.cursor) : "";
      if (pending.length > MAX_RECORD_CHARACTERS) throw unclosedQuote(line + result.data.length + 1);
      line += result.data.length;
      return result.data;
    };
    if (!finished) {
      yield parse(true);
      for await (const text of texts) {
        pending += text;
        yield parse(true);
      }
    }
    yield parse(false);
  }
  return { delimiter, rows: rows() };
}
