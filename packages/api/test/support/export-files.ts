import ExcelJS from "exceljs";
import Papa from "papaparse";

/** The whole body of a response and the chunks it arrived in. */
export async function readBody(response: Response): Promise<{ bytes: Uint8Array; chunks: number }> {
  if (!response.body) throw new Error("The response has no body.");
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, chunks: parts.length };
}

export interface CsvFile {
  bom: boolean;
  header: string[];
  rows: Record<string, string>[];
}

/** A CSV export read back with papaparse, as another tool would. */
export function parseCsv(bytes: Uint8Array): CsvFile {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith("\ufeff");
  const parsed = Papa.parse<Record<string, string>>(bom ? text.slice(1) : text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`The CSV does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return { bom, header: parsed.meta.fields ?? [], rows: parsed.data };
}

export interface XlsxFile {
  sheetName: string;
  header: string[];
  headerBold: boolean;
  frozenRows: number;
  /** Each row's cells by header, as exceljs reads them (numbers, dates, strings, null). */
  rows: Record<string, ExcelJS.CellValue>[];
}

/** An Excel export read back with exceljs. */
export async function parseXlsx(bytes: Uint8Array): Promise<XlsxFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("The workbook has no sheet.");
  const headerRow = sheet.getRow(1);
  const header: string[] = [];
  headerRow.eachCell({ includeEmpty: false }, (cell, column) => {
    header[column - 1] = String(cell.value);
  });
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push(Object.fromEntries(header.map((key, index) => [key, row.getCell(index + 1).value ?? null])));
  });
  const view = sheet.views[0] as { state?: string; ySplit?: number } | undefined;
  return {
    sheetName: sheet.name,
    header,
    headerBold: headerRow.getCell(1).font?.bold === true,
    frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
    rows,
  };
}
