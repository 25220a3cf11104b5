/** What an import does with one row of the file. */
export const IMPORT_OUTCOMES = ["error", "new", "changed", "unchanged"] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export const IMPORT_OUTCOME_LABELS: Record<ImportOutcome, string> = { error: "Error", new: "New", changed: "Changed", unchanged: "Unchanged" };

/** Why a row cannot be imported. */
export const IMPORT_ERROR_CODES = [
  "unknown_kpi",
  "not_allowed",
  "archived",
  "calculated",
  "bad_date",
  "bad_number",
  "bad_comment",
  "before_start",
  "after_end",
  "future_period",
  "duplicate",
  "extra_cells",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportRowError {
  code: ImportErrorCode;
  message: string;
}

/** One row of the file and what the import does (or, in a dry run, would do) with it. */
export interface ImportRowResult {
  /** The row's number in the file, the header being 1: what a spreadsheet shows beside it. */
  line: number;
  /** The KPI as the file names it. */
  kpiText: string;
  /** The KPI the row was matched to, when one was. */
  kpiId: string | null;
  /** The first day of the period the value belongs to, when the row got that far. */
  period: string | null;
  outcome: ImportOutcome;
  /** The value as it will be stored (a decimal string with a point). */
  value: string | null;
  /** The stored value it replaces, for a changed row. */
  previousValue: string | null;
  /** The comment as it will be stored; null when the file has no comment column (stored comments stay). */
  comment: string | null;
  /** The stored comment it replaces, for a changed row whose comment changes. */
  previousComment: string | null;
  error: ImportRowError | null;
}

export type ImportCounts = Record<ImportOutcome, number> & { rows: number };

export function countOutcomes(rows: readonly Pick<ImportRowResult, "outcome">[]): ImportCounts {
  const counts: ImportCounts = { rows: rows.length, error: 0, new: 0, changed: 0, unchanged: 0 };
  for (const row of rows) counts[row.outcome] += 1;
  return counts;
}

/** Rows in the order a person fixes a file: errors first, then by line. */
export function errorsFirst<T extends Pick<ImportRowResult, "outcome" | "line">>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.outcome === "error" ? 0 : 1) - (b.outcome === "error" ? 0 : 1) || a.line - b.line);
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

/** One sentence on what a dry run found or a commit did. */
export function describeImport(counts: ImportCounts, { dryRun, committed }: { dryRun: boolean; committed: boolean }): string {
  const writes = counts.new + counts.changed;
  if (counts.error > 0) {
    const errors = plural(counts.error, "row has an error", "rows have errors");
    return dryRun ? `${errors}. Fix ${counts.error === 1 ? "it" : "them"} and check the file again; nothing was written.` : `${errors}, so nothing was imported. Fix ${counts.error === 1 ? "it" : "them"} and import the file again.`;
  }
  if (writes === 0) return `Every row matches the stored values: nothing ${dryRun ? "to import" : "was changed"}.`;
  const parts = [plural(counts.new, "new value", "new values"), plural(counts.changed, "changed value", "changed values"), plural(counts.unchanged, "unchanged row", "unchanged rows")];
  if (!dryRun && committed) return `Imported ${plural(writes, "value", "values")}: ${parts.join(", ")}.`;
  return `Ready to import ${plural(writes, "value", "values")}: ${parts.join(", ")}.`;
}
