import {
  cellText,
  importFileKind,
  isBlankCell,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  recognizeColumns,
  type ImportCell,
  type ImportColumns,
  type ImportDelimiter,
  type ImportFileKind,
  type ImportRecord,
} from "@tally/domain";
import { boundedBytes, peekBytes, tooLarge } from "./byte-source";
import { csvRows } from "./read-csv";
import { xlsxRows, type SheetRow } from "./read-xlsx";
import { utf8Text } from "./text-decoding";
import { ImportFileError, type ImportInput } from "./types";

export interface ImportFile {
  kind: ImportFileKind;
  delimiter: ImportDelimiter | null;
  /** The data rows, blank ones left out, each reduced to the four cells an import reads. */
  records: ImportRecord[];
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function isZip(head: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => head[index] === byte);
}

async function* numbered(batches: AsyncGenerator<string[][]>): AsyncGenerator<SheetRow[]> {
  let line = 0;
  for await (const batch of batches) {
    yield batch.map((cells) => {
      line += 1;
      return { line, cells };
    });
  }
}

function toRecord(row: SheetRow, columns: ImportColumns): ImportRecord {
  const cell = (index: number): ImportCell => row.cells[index] ?? null;
  let extraCells = 0;
  for (let index = columns.width; index < row.cells.length; index += 1) if (!isBlankCell(cell(index))) extraCells += 1;
  return {
    line: row.line,
    kpi: cellText(cell(columns.kpi)).trim(),
    date: cell(columns.date),
    value: cell(columns.value),
    comment: columns.comment === null ? null : cellText(cell(columns.comment)),
    extraCells,
  };
}

const EMPTY = "The file is empty. Choose a file with a header row (kpi, date, value, comment) and a row per value.";

/**
 * Reads an uploaded file into compact records, row by row as the bytes arrive: CSV (UTF-8, delimiter found in
 * the header) or the first sheet of an Excel workbook (recognised by its zip signature too). The whole file is
 * refused — too large, too many rows, wrong type, not UTF-8, empty, a header only, unknown or missing columns —
 * before any row is judged.
 */
export async function readImportFile(input: ImportInput, onBytes: (total: number) => void): Promise<ImportFile> {
  const declared = importFileKind(input.contentType, input.fileName);
  if (!declared.ok) throw new ImportFileError(declared.reason, declared.problem);
  if (input.size !== undefined && input.size > MAX_IMPORT_BYTES) {
    // Said before a byte is read; the count below holds whatever the size claimed.
    throw tooLarge(MAX_IMPORT_BYTES);
  }
  const { head, bytes } = await peekBytes(boundedBytes(input.body, MAX_IMPORT_BYTES, onBytes), ZIP_SIGNATURE.length);
  if (head.length === 0) throw new ImportFileError("empty", EMPTY);
  const kind: ImportFileKind = isZip(head) ? "xlsx" : declared.kind;
  if (kind === "xlsx" && !isZip(head)) {
    throw new ImportFileError("unreadable", "This file is not an Excel workbook (.xlsx). Save it as an Excel workbook or as CSV UTF-8, and import it again.");
  }

  let delimiter: ImportDelimiter | null = null;
  let batches: AsyncGenerator<SheetRow[]>;
  if (kind === "xlsx") batches = xlsxRows(bytes);
  else {
    const csv = await csvRows(utf8Text(bytes, head));
    if (!csv) throw new ImportFileError("empty", EMPTY);
    delimiter = csv.delimiter;
    batches = numbered(csv.rows);
  }

  let columns: ImportColumns | null = null;
  const records: ImportRecord[] = [];
  for await (const batch of batches) {
    for (const row of batch) {
      if (row.cells.every(isBlankCell)) continue;
      if (!columns) {
        const recognition = recognizeColumns(row.cells.map((cell) => cellText(cell)));
        if (!recognition.ok) throw new ImportFileError("columns", recognition.problem);
        columns = recognition.columns;
        continue;
      }
      if (records.length === MAX_IMPORT_ROWS) {
        throw new ImportFileError("too_many_rows", `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows. Split it into smaller files and import them one after the other.`);
      }
      records.push(toRecord(row, columns));
    }
  }
  if (!columns) throw new ImportFileError("empty", EMPTY);
  if (!records.length) throw new ImportFileError("header_only", "The file has a header row but no values. Add a row per value under the header.");
  return { kind, delimiter, records };
}
