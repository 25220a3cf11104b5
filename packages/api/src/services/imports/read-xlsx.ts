import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ImportCell } from "@tally/domain";
import { ImportFileError } from "./types";

export interface SheetRow {
  /** The row's number in the sheet, as the spreadsheet shows it. */
  line: number;
  cells: ImportCell[];
}

const EXCEL_EPOCH_OFFSET_DAYS = 25_569;
const DAY_MS = 86_400_000;

// A number format that shows a date: d, m or y outside quoted text and [colour] or [$-locale] brackets.
function isDateFormat(numFmt: unknown): boolean {
  if (typeof numFmt !== "string" || numFmt === "General") return false;
  return /[dy]|m(?![^[]*\])/i.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

function textOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: unknown }) => (typeof part.text === "string" ? part.text : "")).join("");
  }
  return null;
}

/**
 * A cell's value as the import reads it: text, a number, a date, or nothing. The reader turns plain date cells
 * into dates itself; a formula's result is a bare number, so its cell's number format (`resultFormat`) says
 * whether it shows a date.
 */
export function sheetCell(value: unknown, resultFormat?: unknown): ImportCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "number") return isDateFormat(resultFormat) ? new Date(Math.round((value - EXCEL_EPOCH_OFFSET_DAYS) * DAY_MS)) : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = textOf(value);
  if (text !== null) return text;
  if (typeof value === "object") {
    if ("result" in value) return sheetCell(value.result, resultFormat);
    if ("text" in value) return sheetCell(value.text);
    if ("error" in value && typeof value.error === "string") return value.error;
  }
  return null;
}

function unreadable(): ImportFileError {
  return new ImportFileError("unreadable", "The workbook could not be read. Save it again as an Excel workbook (.xlsx), or as CSV UTF-8, and import it again.");
}

/**
 * The rows of a workbook's first sheet as they stream out of the zip: shared strings are cached, each row is
 * handed on as it is read. Errors of the byte source (a file too large) win over what the zip reader makes of
 * the cut-off bytes.
 */
export async function* xlsxRows(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<SheetRow[]> {
  let sourceError: unknown = null;
  async function* guarded(): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of bytes) yield chunk;
    } catch (error) {
      sourceError = error;
    }
  }
  const stream = Readable.from(guarded(), { objectMode: false });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  let sheets = 0;
  try {
    for await (const worksheet of workbook) {
      sheets += 1;
      if (sheets > 1) continue;
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells: ImportCell[] = [];
        for (let column = 1; column < values.length; column += 1) {
          const value = values[column];
          const formula = typeof value === "object" && value !== null && "formula" in value;
          cells.push(sheetCell(value, formula ? row.getCell(column).numFmt : undefined));
        }
        yield [{ line: row.number, cells }];
      }
    }
  } catch (error) {
    if (sourceError) throw sourceError;
    if (error instanceof ImportFileError) throw error;
    throw unreadable();
  } finally {
    stream.destroy();
  }
  if (sourceError) throw sourceError;
  if (sheets === 0) throw unreadable();
}
