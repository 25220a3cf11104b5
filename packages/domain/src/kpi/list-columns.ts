// Apart from the schemas, so that the column picker in the browser does not carry the validation library.

/** The KPI list's columns besides the KPI's name, which every row always shows. */
export const KPI_LIST_COLUMNS = ["status", "latest", "target", "trend", "owner", "deltaPrevious", "deltaYear", "forecast", "signal"] as const;
export type KpiListColumn = (typeof KPI_LIST_COLUMNS)[number];

export const KPI_LIST_COLUMN_LABELS: Record<KpiListColumn, string> = {
  status: "Status",
  latest: "Latest value",
  target: "Target",
  trend: "Trend",
  owner: "Owner",
  deltaPrevious: "Δ previous period",
  deltaYear: "Δ same period last year",
  forecast: "Forecast for the current period",
  signal: "Signal or noise",
};

/** What a member sees before choosing: the list as it always was. */
export const DEFAULT_KPI_LIST_COLUMNS: readonly KpiListColumn[] = ["status", "latest", "target", "trend", "owner"];

/**
 * The columns to show from what is stored: unknown names (a column since retired) are dropped, and nothing
 * chosen means the default set. Kept in the canonical order, whatever order they were picked in.
 */
export function resolveKpiListColumns(stored: readonly string[]): KpiListColumn[] {
  const known = KPI_LIST_COLUMNS.filter((column) => stored.includes(column));
  return known.length ? known : [...DEFAULT_KPI_LIST_COLUMNS];
}
