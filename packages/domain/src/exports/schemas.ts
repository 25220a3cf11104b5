import { z } from "zod";
import { EXPORT_FORMATS } from "./formats";
import { idSchema } from "../kpi/fields";
import { isoDateSchema } from "../kpi/date-schema";
import { listKpisShape } from "../kpi/list-schema";


export const exportFormatSchema = z.enum(EXPORT_FORMATS, { error: 'Choose the format "csv" or "xlsx".' });

const flagSchema = z.enum(["1", "0", "true", "false"], { error: "Use 1 (yes) or 0 (no)." }).transform((flag) => flag === "1" || flag === "true");

/**
 * The KPI list export as its address carries it: the list's own filters under the list page's parameter names
 * (owner, team, objective), so a link built from the page's address exports exactly what the page lists.
 */
export const exportKpisQuerySchema = z
  .strictObject({
    format: exportFormatSchema,
    search: listKpisShape.search,
    status: listKpisShape.status,
    category: listKpisShape.category,
    owner: listKpisShape.ownerMembershipId,
    team: listKpisShape.teamId,
    objective: listKpisShape.objectiveId,
    archived: flagSchema.optional(),
    sort: listKpisShape.sort,
    order: listKpisShape.order,
  })
  .transform(({ format, owner, team, objective, archived, ...rest }) => ({
    format,
    filters: { ...rest, ownerMembershipId: owner, teamId: team, objectiveId: objective, archived: archived ?? false },
  }));

export type ExportKpisQuery = z.output<typeof exportKpisQuerySchema>;
export type KpiExportFilters = ExportKpisQuery["filters"];

export const DATE_RANGE_ORDER_MESSAGE = "The end date must be on or after the start date.";

/** A range of period starts; either end may be left open. */
export const exportDateRangeShape = {
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};

function rangeInOrder(range: { from?: string | undefined; to?: string | undefined }): boolean {
  return !range.from || !range.to || range.from <= range.to;
}

/** The values export as its address carries it: one KPI (`kpi`, its id) or every visible one, over a range of periods. */
export const exportCheckInsQuerySchema = z
  .strictObject({ format: exportFormatSchema, kpi: idSchema.optional(), ...exportDateRangeShape })
  .refine(rangeInOrder, { message: DATE_RANGE_ORDER_MESSAGE, path: ["to"] })
  .transform(({ format, kpi, from, to }) => ({ format, range: { kpiId: kpi, from, to } }));

export type ExportCheckInsQuery = z.output<typeof exportCheckInsQuerySchema>;
export type CheckInExportRange = ExportCheckInsQuery["range"];

/** The "Export values" dialog: a range of periods (both ends optional) and a format. */
export const exportValuesFormSchema = z
  .object({
    from: z.string().trim().max(40),
    to: z.string().trim().max(40),
    format: exportFormatSchema,
  })
  .superRefine((form, context) => {
    for (const key of ["from", "to"] as const) {
      if (form[key] === "") continue;
      const result = isoDateSchema.safeParse(form[key]);
      if (!result.success) context.addIssue({ code: "custom", path: [key], message: result.error.issues[0]?.message ?? "Enter a date." });
    }
    if (form.from && form.to && form.from > form.to) context.addIssue({ code: "custom", path: ["to"], message: DATE_RANGE_ORDER_MESSAGE });
  });

export type ExportValuesForm = z.infer<typeof exportValuesFormSchema>;
