import { z } from "zod";
import { idSchema } from "../kpi/fields";

/** A link's weight: relative to the objective's other links, so only ratios matter; 1 unless someone says more. */
export const DEFAULT_KPI_WEIGHT = "1";
export const MAX_KPI_WEIGHT = 1000;
export const KPI_WEIGHT_DECIMALS = 2;

const PLAIN_DECIMAL = /^\+?(\d{1,12})(?:\.(\d{1,12}))?$/;

/** What is wrong with a weight as typed, in words for the field, or null when it is a weight. */
export function kpiWeightProblem(text: string): string | null {
  const match = PLAIN_DECIMAL.exec(text.trim());
  if (!match) return "Enter a weight as a number, like 1 or 2.5.";
  if ((match[2] ?? "").replace(/0+$/, "").length > KPI_WEIGHT_DECIMALS) return `Use at most ${KPI_WEIGHT_DECIMALS} decimals.`;
  const value = Number(match[0]);
  if (value <= 0) return "A weight must be more than 0. Unlink the KPI to leave it out.";
  if (value > MAX_KPI_WEIGHT) return `Use a weight of at most ${MAX_KPI_WEIGHT.toLocaleString("en-US")}.`;
  return null;
}

/** "2.50" → "2.5", "+01" → "1": one spelling per weight. */
function normalizeWeight(text: string): string {
  const [integer = "0", fraction = ""] = text.trim().replace(/^\+/, "").split(".");
  const whole = integer.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  return decimals ? `${whole}.${decimals}` : whole;
}

export const kpiWeightSchema = z
  .string({ error: "Enter a weight as a number, like 1 or 2.5." })
  .max(40, { message: "Enter a weight as a number, like 1 or 2.5.", abort: true })
  .superRefine((text, context) => {
    const problem = kpiWeightProblem(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .transform(normalizeWeight);

export const setKpiWeightShape = { objectiveId: idSchema, kpiId: idSchema, weight: kpiWeightSchema };
export const setKpiWeightSchema = z.strictObject(setKpiWeightShape);
export type SetKpiWeightInput = z.infer<typeof setKpiWeightSchema>;

/** The form's own fields: the weight alone, the ids travel beside it. */
export const kpiWeightFormSchema = z.strictObject({ weight: kpiWeightSchema });
