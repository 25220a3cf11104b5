import { z } from "zod";
import { optionalIsoDateSchema } from "../kpi/date-schema";
import { idSchema, kpiCodeSchema } from "../kpi/fields";
import { CADENCES } from "../kpi/vocabulary";
import { textSchema } from "../input/text";
import { MAX_FORMULA_LENGTH } from "./limits";

/** How many periods the form's preview computes, ending with the current one. */
export const FORMULA_PREVIEW_PERIODS = 12;

/**
 * What the KPI form sends while a formula is typed: the text as it stands (its problems come back in the answer,
 * with their positions, rather than as a refusal) and the parts of the definition a formula is judged by.
 */
export const checkFormulaShape = {
  // Twice the limit, so a slightly long formula is answered with the parser's own message and position.
  formula: textSchema({ max: MAX_FORMULA_LENGTH * 2, tooLong: `Keep the formula to ${MAX_FORMULA_LENGTH} characters.` }),
  cadence: z.enum(CADENCES, { error: "Choose how often values are recorded." }),
  code: kpiCodeSchema,
  /** The KPI being edited; absent for a new one. */
  kpiId: idSchema.nullish().transform((id) => id ?? null),
  startDate: optionalIsoDateSchema,
  endDate: optionalIsoDateSchema,
};

export const checkFormulaSchema = z.strictObject(checkFormulaShape);
export type CheckFormulaInput = z.infer<typeof checkFormulaSchema>;
