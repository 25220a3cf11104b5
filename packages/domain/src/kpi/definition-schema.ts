import { z } from "zod";
import { KPI_CATEGORIES } from "./categories";
import { isoDateSchema, optionalIsoDateSchema } from "./date-schema";
import { optionalDecimalStringSchema } from "./decimal";
import { blankAsNull, descriptionSchema, idSchema, kpiCodeSchema, kpiNameSchema, maxLength } from "./fields";
import { withKpiRules } from "./kpi-rules";
import { MAX_TARGET_ENTRIES, targetEntrySchema } from "./target-schema";
import { CADENCES, DURATION_UNITS, KPI_DIRECTIONS, KPI_UNITS, KPI_VISIBILITIES } from "./vocabulary";
import { idSchemaWith } from "../input/text";
import { formulaFieldSchema } from "../formulas/schema";

export const MAX_CONTRIBUTORS = 50;
export const MAX_OBJECTIVES_PER_KPI = 20;

function uniqueIds(label: string) {
  return (ids: readonly string[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) context.addIssue({ code: "custom", path: [index], message: `This ${label} is already in the list.` });
      seen.add(id);
    });
  };
}

/**
 * The fields of a KPI definition (PRODUCT §3) without the rules that span several of them. Build
 * schemas from this shape and wrap them in withKpiRules; kpiDefinitionSchema is that for the plain case.
 */
export const kpiDefinitionShape = {
  name: kpiNameSchema,
  description: descriptionSchema,
  category: z.enum(KPI_CATEGORIES, { error: "Choose a category." }),
  unit: z.enum(KPI_UNITS, { error: "Choose a unit." }),
  /** ISO 4217; blank means the organization's currency. */
  currency: blankAsNull(
    (code) => (/^[A-Z]{3}$/.test(code) ? null : "Use a three-letter currency code, like EUR."),
    (code) => code.toUpperCase(),
  ),
  durationUnit: z
    .enum(DURATION_UNITS, { error: "Choose hours or days." })
    .nullish()
    .transform((unit) => unit ?? null),
  decimals: z
    .number({ error: "Use 0 to 4 decimals." })
    .int("Use 0 to 4 decimals.")
    .min(0, "Use 0 to 4 decimals.")
    .max(4, "Use 0 to 4 decimals.")
    .default(0),
  direction: z.enum(KPI_DIRECTIONS, { error: "Choose whether higher or lower is better, or a range." }),
  baseline: optionalDecimalStringSchema,
  targets: z
    .array(targetEntrySchema, { error: "Set a target." })
    .min(1, "Set a target.")
    .max(MAX_TARGET_ENTRIES, `Keep at most ${MAX_TARGET_ENTRIES} targets.`),
  cadence: z.enum(CADENCES, { error: "Choose how often values are recorded." }),
  startDate: isoDateSchema,
  endDate: optionalIsoDateSchema,
  ownerMembershipId: idSchemaWith("Choose an owner."),
  contributorMembershipIds: z
    .array(idSchema)
    .max(MAX_CONTRIBUTORS, `Choose at most ${MAX_CONTRIBUTORS} contributors.`)
    .superRefine(uniqueIds("person"))
    .default([]),
  teamId: idSchema.nullable().default(null),
  objectiveIds: z
    .array(idSchema)
    .max(MAX_OBJECTIVES_PER_KPI, `Link at most ${MAX_OBJECTIVES_PER_KPI} objectives.`)
    .superRefine(uniqueIds("objective"))
    .default([]),
  visibility: z.enum(KPI_VISIBILITIES, { error: "Choose who may see this KPI." }).default("organization"),
  benchmarkValue: optionalDecimalStringSchema,
  benchmarkSource: blankAsNull(maxLength(300)),
  templateKey: blankAsNull(maxLength(60)),
  code: kpiCodeSchema,
  /** Blank for a KPI whose values are recorded; otherwise calculated from other KPIs' codes. */
  formula: formulaFieldSchema,
};

export const kpiDefinitionSchema = withKpiRules(z.strictObject(kpiDefinitionShape));
export const createKpiSchema = kpiDefinitionSchema;

/** An edit replaces the whole definition; `version` is the one the editor started from. */
export const updateKpiShape = {
  ...kpiDefinitionShape,
  kpiId: idSchema,
  version: z.number().int().positive(),
};

export const updateKpiSchema = withKpiRules(z.strictObject(updateKpiShape));

export const kpiIdSchema = z.strictObject({ kpiId: idSchema });

export type KpiDefinitionInput = z.infer<typeof kpiDefinitionSchema>;
/** What a form holds before parsing: optional fields may be blank or missing. */
export type KpiDefinitionFormValues = z.input<typeof kpiDefinitionSchema>;
export type CreateKpiInput = z.infer<typeof createKpiSchema>;
export type UpdateKpiInput = z.infer<typeof updateKpiSchema>;
export type KpiIdInput = z.infer<typeof kpiIdSchema>;
