import { z } from "zod";
import { listKpisShape } from "./list-schema";
import { idSchema } from "./fields";
import { textSchema } from "../input/text";

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

export const kpiListColumnsSchema = z
  .array(z.enum(KPI_LIST_COLUMNS, { error: "Choose columns the KPI list has." }), { error: "Choose the columns to show." })
  .max(KPI_LIST_COLUMNS.length, { message: "Choose each column at most once.", abort: true })
  .min(1, "Choose at least one column.")
  .refine((columns) => new Set(columns).size === columns.length, "Choose each column at most once.");

/**
 * The columns to show from what is stored: unknown names (a column since retired) are dropped, and nothing
 * chosen means the default set. Kept in the canonical order, whatever order they were picked in.
 */
export function resolveKpiListColumns(stored: readonly string[]): KpiListColumn[] {
  const known = KPI_LIST_COLUMNS.filter((column) => stored.includes(column));
  return known.length ? known : [...DEFAULT_KPI_LIST_COLUMNS];
}

/** A saved view keeps the list's filters and sort; which page was open is not part of a view. */
const { page: _page, ...viewFilterShape } = listKpisShape;
export const savedViewFiltersSchema = z.strictObject(viewFilterShape, { error: "These filters are not valid." });
export type SavedViewFilters = z.infer<typeof savedViewFiltersSchema>;

export const savedViewNameSchema = textSchema({ max: 60, error: "Name the view." }).trim().min(1, "Name the view.");

export const savedViewIdShape = { viewId: idSchema };

export const createSavedViewShape = {
  name: savedViewNameSchema,
  filters: savedViewFiltersSchema,
  columns: kpiListColumnsSchema,
};

/** A rename, or the view's filters and columns replaced by the list as it is now; what is left out stays. */
export const updateSavedViewShape = {
  viewId: idSchema,
  name: savedViewNameSchema.optional(),
  filters: savedViewFiltersSchema.optional(),
  columns: kpiListColumnsSchema.optional(),
};

export const setKpiListColumnsShape = { columns: kpiListColumnsSchema };
