import { isIsoDate } from "../kpi/calendar";
import type { ExportCellKind } from "./columns";
import { escapeSpreadsheetCell } from "./spreadsheet-cell";
import { isPlainDecimal, spreadsheetNumber } from "./spreadsheet-number";

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * A cell of a CSV file. Text is escaped against formulas; a decimal is written as it is (a number, so -5 stays
 * -5), dates and timestamps as ISO text. Anything that is not what its column promises is treated as text.
 */
export function csvCell(kind: ExportCellKind, value: string | null): string {
  if (value === null) return "";
  if (kind === "decimal" && isPlainDecimal(value)) return value;
  return escapeSpreadsheetCell(value);
}

export interface XlsxCellOptions {
  /**
   * The decimal mark of the organization's format. A number with more digits than a spreadsheet keeps is written
   * as text, and text is read in the reader's format: "1234567890123,5" in a comma-decimal organization.
   */
  decimalMark: "." | ",";
}

/** A cell of an Excel sheet: numbers as numeric cells, dates and timestamps as date cells, text escaped. */
export function xlsxCell(kind: ExportCellKind, value: string | null, { decimalMark }: XlsxCellOptions = { decimalMark: "." }): string | number | Date | null {
  if (value === null) return null;
  switch (kind) {
    case "decimal": {
      if (!isPlainDecimal(value)) return escapeSpreadsheetCell(value);
      const number = spreadsheetNumber(value);
      return typeof number === "string" && decimalMark === "," ? number.replace(".", ",") : number;
    }
    case "date":
      return isIsoDate(value) ? new Date(`${value}T00:00:00.000Z`) : escapeSpreadsheetCell(value);
    case "timestamp":
      return ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value) : escapeSpreadsheetCell(value);
    case "text":
      return escapeSpreadsheetCell(value);
  }
}

/** How Excel shows a date or timestamp column. */
export const XLSX_DATE_FORMATS: Readonly<Partial<Record<ExportCellKind, string>>> = {
  date: "yyyy-mm-dd",
  timestamp: "yyyy-mm-dd hh:mm:ss",
};
