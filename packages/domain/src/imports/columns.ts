/**
 * The columns of an import file. A header names each column; names are read case-insensitively, with spaces,
 * hyphens and underscores alike, so "KPI code", "kpi-code" and "kpi_code" are one name.
 */
export const IMPORT_FIELDS = ["kpi", "date", "value", "comment"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ["kpi", "date", "value"];

const FIELD_ALIASES: Record<ImportField, readonly string[]> = {
  kpi: ["kpi", "kpi_code", "kpi_id", "code", "kpi_key"],
  date: ["date", "period", "period_start", "day"],
  value: ["value", "actual", "amount"],
  comment: ["comment", "comments", "note", "notes"],
};

/** Columns that exports write for people to read: an import accepts them and reads nothing from them. */
export const INFORMATIONAL_IMPORT_COLUMNS = ["kpi_name", "status", "recorded_by", "recorded_at", "period_end"] as const;

export interface ImportColumns {
  /** Index of each field's column in a row; comment is null when the file has no comment column. */
  kpi: number;
  date: number;
  value: number;
  comment: number | null;
  /** How many columns the header has, ignored ones included. */
  width: number;
}

export type ColumnRecognition = { ok: true; columns: ImportColumns } | { ok: false; problem: string };

/** "KPI Code" → "kpi_code"; a byte-order mark or surrounding spaces do not count. */
export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s\-_]+/g, "_");
}

const FIELD_BY_NAME = new Map<string, ImportField>(IMPORT_FIELDS.flatMap((field) => FIELD_ALIASES[field].map((alias) => [alias, field] as const)));
const INFORMATIONAL = new Set<string>(INFORMATIONAL_IMPORT_COLUMNS);

/** The field a header cell names, "ignored" for an informational column, or null for an unknown one. */
export function fieldOfColumn(name: string): ImportField | "ignored" | null {
  const normalized = normalizeColumnName(name);
  if (INFORMATIONAL.has(normalized)) return "ignored";
  return FIELD_BY_NAME.get(normalized) ?? null;
}

function quoted(name: string): string {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return `“${shown}”`;
}

export const RECOGNISED_COLUMNS_TEXT = `kpi (its code, id or exact name), date, value and comment; ${INFORMATIONAL_IMPORT_COLUMNS.join(", ")} are accepted and ignored`;

/**
 * Which column holds what. Unknown columns are refused rather than skipped, so a misspelt "vaule" cannot
 * import nothing quietly; empty header cells (a trailing delimiter) are ignored.
 */
export function recognizeColumns(header: readonly string[]): ColumnRecognition {
  const found: Partial<Record<ImportField, { index: number; name: string }>> = {};
  const unknown: string[] = [];
  for (const [index, raw] of header.entries()) {
    const name = raw.replace(/^\uFEFF/, "").trim();
    if (!name) continue;
    const field = fieldOfColumn(name);
    if (field === "ignored") continue;
    if (field === null) {
      unknown.push(name);
      continue;
    }
    const earlier = found[field];
    if (earlier) {
      return { ok: false, problem: `The columns ${quoted(earlier.name)} and ${quoted(name)} both give the ${field}. Keep one of them.` };
    }
    found[field] = { index, name };
  }
  if (unknown.length) {
    const list = unknown.slice(0, 5).map(quoted).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
    const noun = unknown.length === 1 ? "column" : "columns";
    return { ok: false, problem: `Unknown ${noun} ${list}. The columns Tally reads are ${RECOGNISED_COLUMNS_TEXT}.` };
  }
  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => !found[field]);
  if (missing.length) {
    const noun = missing.length === 1 ? "column" : "columns";
    return { ok: false, problem: `The file has no ${missing.join(", ")} ${noun}. The first row must name the columns: ${RECOGNISED_COLUMNS_TEXT}.` };
  }
  return {
    ok: true,
    columns: { kpi: found.kpi!.index, date: found.date!.index, value: found.value!.index, comment: found.comment?.index ?? null, width: header.length },
  };
}
