import type { DecimalSeparator, ImportCounts, ImportDelimiter, ImportFileKind, ImportRowResult } from "@tally/domain";
import type { Cadence } from "@tally/domain";
import { DomainError } from "../errors";

export interface ImportInput {
  /** The file's bytes, read once as they arrive; never kept whole. */
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  fileName?: string;
  contentType?: string;
  /** The file's size when known (a Content-Length, File.size): lets progress show a share of the whole. */
  size?: number;
  /** The decimal mark of the file's numbers; the organization's own by default. */
  decimalSeparator?: DecimalSeparator;
}

export type ImportPhase = "reading" | "checking" | "writing";

/** How far an import is: bytes while reading, rows while checking and writing. */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  /** Null while the whole is unknown (a body of unknown length). */
  total: number | null;
}

export interface ImportOptions {
  /** Check every row and say what would happen, writing nothing. */
  dryRun: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** The clock, for "future period": today on the organization's calendar at this instant. */
  now?: Date;
}

/** A KPI that rows of the file were matched to. */
export interface ImportedKpi {
  id: string;
  name: string;
  code: string | null;
  cadence: Cadence;
}

export interface ImportResult {
  dryRun: boolean;
  /** True when the values were written (a commit without errors). */
  committed: boolean;
  file: {
    name: string | null;
    kind: ImportFileKind;
    /** The CSV delimiter found in the header; null for a workbook. */
    delimiter: ImportDelimiter | null;
    decimalSeparator: DecimalSeparator;
    /** 31 March 2026 as the file may write it, besides 2026-03-31. */
    dateExample: string;
  };
  counts: ImportCounts;
  /** One sentence on what was found or done. */
  message: string;
  kpis: ImportedKpi[];
  /** Every data row of the file, in file order. */
  rows: ImportRowResult[];
}

/** Why a whole file is refused, before any row is judged. */
export type ImportFileProblem =
  | "too_large"
  | "too_many_rows"
  | "unsupported_type"
  | "not_utf8"
  | "empty"
  | "header_only"
  | "columns"
  | "unreadable"
  | "incomplete";

/**
 * A refused file, as a domain error on the "file" field (so both doors show it where the file is chosen), with
 * the reason a transport needs for its status: 413 for too large, 415 for a wrong type, 400 otherwise.
 */
export class ImportFileError extends DomainError {
  constructor(
    readonly problem: ImportFileProblem,
    message: string,
  ) {
    super("invalid", message, "file");
    this.name = "ImportFileError";
  }
}

export function importFileErrorStatus(problem: ImportFileProblem): 400 | 413 | 415 {
  if (problem === "too_large") return 413;
  if (problem === "unsupported_type") return 415;
  return 400;
}
