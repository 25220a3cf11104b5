import { stringify } from "csv-stringify/sync";
import { csvCell, type ExportColumn, type ExportRow } from "@tally/domain";

const OPTIONS = {
  // RFC 4180 line ends; a cell holding any line break is quoted, whichever break it is.
  record_delimiter: "windows",
  quoted_match: /[\r\n]/,
} as const;

/**
 * A CSV file (UTF-8 with a byte order mark, so spreadsheets read its accents) written batch by batch as the
 * reader asks for more: the next batch is read only when the last one has been taken.
 */
export function csvStream<Key extends string>(columns: readonly ExportColumn<Key>[], batches: AsyncIterator<readonly ExportRow<Key>[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(stringify([columns.map((column) => column.key)], { ...OPTIONS, bom: true })));
        return;
      }
      const next = await batches.next().catch((error: unknown) => {
        console.error("A CSV export failed while reading its rows.", error);
        throw error;
      });
      if (next.done) {
        controller.close();
        return;
      }
      const records = next.value.map((row) => columns.map((column) => csvCell(column.kind, row[column.key])));
      if (records.length) controller.enqueue(encoder.encode(stringify(records, OPTIONS)));
    },
    async cancel() {
      await batches.return?.();
    },
  });
}
