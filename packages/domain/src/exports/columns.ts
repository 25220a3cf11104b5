/**
 * What a column holds, which decides how a cell is written: text is escaped against formulas, a decimal is a
 * number (plain text with a dot in CSV, a numeric cell in Excel), a date is a calendar day and a timestamp an instant.
 */
export type ExportCellKind = "text" | "decimal" | "date" | "timestamp";

export interface ExportColumn<Key extends string = string> {
  /** The header, as the import and other tools read it. */
  key: Key;
  kind: ExportCellKind;
  /** Width of the Excel column, in characters. */
  width: number;
}

/** One row of an export: every column's value as text (decimals in plain notation, dates ISO), or null when empty. */
export type ExportRow<Key extends string = string> = Readonly<Record<Key, string | null>>;

/** The KPI list as exported: the list's columns, with codes for categories, units and statuses. */
export const KPI_EXPORT_COLUMNS = [
  { key: "id", kind: "text", width: 28 },
  { key: "code", kind: "text", width: 12 },
  { key: "name", kind: "text", width: 40 },
  { key: "category", kind: "text", width: 14 },
  { key: "unit", kind: "text", width: 10 },
  { key: "currency", kind: "text", width: 10 },
  { key: "direction", kind: "text", width: 10 },
  { key: "cadence", kind: "text", width: 10 },
  { key: "owner", kind: "text", width: 24 },
  { key: "team", kind: "text", width: 24 },
  { key: "visibility", kind: "text", width: 14 },
  { key: "latest_period", kind: "date", width: 14 },
  { key: "latest_value", kind: "decimal", width: 14 },
  { key: "status", kind: "text", width: 12 },
  { key: "target", kind: "decimal", width: 12 },
  { key: "target_min", kind: "decimal", width: 12 },
  { key: "target_max", kind: "decimal", width: 12 },
] as const satisfies readonly ExportColumn[];

/**
 * Check-ins as exported. The import reads `kpi, date, value, comment` and accepts the others, so an exported file
 * imports back unchanged: keep these names.
 */
export const CHECK_IN_EXPORT_COLUMNS = [
  { key: "kpi", kind: "text", width: 16 },
  { key: "kpi_name", kind: "text", width: 40 },
  { key: "date", kind: "date", width: 12 },
  { key: "value", kind: "decimal", width: 14 },
  { key: "comment", kind: "text", width: 48 },
  { key: "status", kind: "text", width: 12 },
  { key: "recorded_by", kind: "text", width: 24 },
  { key: "recorded_at", kind: "timestamp", width: 22 },
] as const satisfies readonly ExportColumn[];

export type KpiExportKey = (typeof KPI_EXPORT_COLUMNS)[number]["key"];
export type CheckInExportKey = (typeof CHECK_IN_EXPORT_COLUMNS)[number]["key"];
