import { z } from "zod";
import { isoDateSchema } from "./date-schema";
import { compareDecimalStrings, optionalDecimalStringSchema, toNumberOrNull } from "./decimal";
import type { TargetEntry } from "./status";

export const MAX_TARGET_ENTRIES = 50;

/**
 * One row of a target schedule as a form sends it. Which values are required depends on the KPI's
 * direction, so the definition schema checks that (see withKpiRules).
 */
export const targetEntrySchema = z.strictObject({
  effectiveFrom: isoDateSchema,
  target: optionalDecimalStringSchema,
  targetMin: optionalDecimalStringSchema,
  targetMax: optionalDecimalStringSchema,
  warning: optionalDecimalStringSchema,
  tolerance: optionalDecimalStringSchema.refine(
    (tolerance) => tolerance === null || compareDecimalStrings(tolerance, "0") >= 0,
    "Use a tolerance of 0 or more.",
  ),
});

export type TargetEntryInput = z.infer<typeof targetEntrySchema>;

/** A validated schedule row as the status rules read it. */
export function targetEntryFromInput(entry: TargetEntryInput): TargetEntry {
  return {
    effectiveFrom: entry.effectiveFrom,
    target: toNumberOrNull(entry.target),
    targetMin: toNumberOrNull(entry.targetMin),
    targetMax: toNumberOrNull(entry.targetMax),
    warning: toNumberOrNull(entry.warning),
    tolerance: toNumberOrNull(entry.tolerance),
  };
}
