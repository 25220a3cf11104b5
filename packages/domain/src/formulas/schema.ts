import { textProblem, textSchema } from "../input/text";
import { MAX_FORMULA_LENGTH } from "./limits";
import { parseFormula } from "./parse";

/**
 * The optional formula of a KPI definition: blank (or missing) means the KPI's values are recorded; anything else
 * must parse. The text is kept as typed, so that the positions in the service's refusals match what the person
 * sees; the service stores its one canonical spelling.
 */
export const formulaFieldSchema = textSchema({ max: MAX_FORMULA_LENGTH, tooLong: `Keep the formula to ${MAX_FORMULA_LENGTH} characters.` })
  .superRefine((text, context) => {
    // Control characters were refused just before; the parser would only repeat it in its own words.
    if (text.trim() === "" || textProblem(text, { multiline: false })) return;
    const parsed = parseFormula(text);
    if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.error.message });
  })
  .transform((text) => (text.trim() === "" ? null : text))
  .nullish()
  .transform((text) => text ?? null);
