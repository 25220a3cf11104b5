import { z } from "zod";
import { listKpisShape } from "./list-schema";
import { idSchema } from "./fields";
import { textSchema } from "../input/text";
import { KPI_LIST_COLUMNS } from "./list-columns";

export const kpiListColumnsSchema = z
  .array(z.enum(KPI_LIST_COLUMNS, { error: "Choose columns the KPI list has." }), { error: "Choose the columns to show." })
  .max(KPI_LIST_COLUMNS.length, { message: "Choose each column at most once.", abort: true })
  .min(1, "Choose at least one column.")
  .refine((columns) => new Set(columns).size === columns.length, "Choose each column at most once.");

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
