import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { XLSX_DATE_FORMATS, xlsxCell, type ExportColumn, type ExportRow, type XlsxCellOptions } from "@tally/domain";

/** Resolves once the output has room again (or was closed), so rows are produced no faster than they are read. */
async function roomIn(output: PassThrough): Promise<void> {
  // Let the zip writer take what the last rows wrote before judging how full the output is.
  await new Promise((resolve) => setImmediate(resolve));
  if (!output.writableNeedDrain || output.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      output.off("drain", done);
      output.off("close", done);
      resolve();
    };
    output.on("drain", done);
    output.on("close", done);
  });
}

/**
 * An Excel workbook of one sheet, written by exceljs's streaming writer batch by batch: the header row bold and
 * frozen, decimals as numeric cells, dates as date cells. Only the rows of the current batch are in memory.
 */
export function xlsxStream<Key extends string>(
  columns: readonly ExportColumn<Key>[],
  batches: AsyncIterable<readonly ExportRow<Key>[]>,
  sheetName: string,
  cells: XlsxCellOptions,
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const write = async () => {
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columns.map((column) => {
      const numFmt = XLSX_DATE_FORMATS[column.kind];
      return { key: column.key, width: column.width, ...(numFmt ? { style: { numFmt } } : {}) };
    });
    const header = sheet.addRow(columns.map((column) => column.key));
    header.font = { bold: true };
    header.commit();
    const rows = batches[Symbol.asyncIterator]();
    // A cancelled download destroys the output: stop there, before asking for another batch, and let the rows go.
    for (;;) {
      if (output.destroyed) {
        await rows.return?.();
        return;
      }
      const next = await rows.next();
      if (next.done) break;
      for (const row of next.value) sheet.addRow(columns.map((column) => xlsxCell(column.kind, row[column.key], cells))).commit();
      await roomIn(output);
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => {
    console.error("An Excel export failed while writing.", error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as unknown as ReadableStream<Uint8Array>;
}
