import { idSchemaWith, textSchema } from "../input/text";

/** Field schemas that the KPI, objective and check-in forms share. */

export const KPI_NAME_MIN = 3;
export const KPI_NAME_MAX = 120;
export const DESCRIPTION_MAX = 5000;

export const kpiNameSchema = textSchema({ max: 1000, tooLong: `Use at most ${KPI_NAME_MAX} characters.`, error: "Enter a name." })
  .trim()
  .min(KPI_NAME_MIN, `Use at least ${KPI_NAME_MIN} characters.`)
  .max(KPI_NAME_MAX, `Use at most ${KPI_NAME_MAX} characters.`);

export const descriptionSchema = textSchema({ max: DESCRIPTION_MAX * 2, tooLong: "Use at most 5,000 characters.", multiline: true, error: "Enter a description." })
  .trim()
  .max(DESCRIPTION_MAX, "Use at most 5,000 characters.")
  .default("");

// Ids are opaque; the bound only keeps absurd input away from the database.
export const idSchema = idSchemaWith();

/**
 * A text field a form may leave blank: "", whitespace, null and a missing key all become null, so an
 * update that clears the field really clears it. `problemOf` judges only non-blank text, after `normalize`.
 */
export function blankAsNull(problemOf: (text: string) => string | null, normalize: (text: string) => string = (text) => text) {
  return textSchema({ max: 10_000 })
    .trim()
    .transform(normalize)
    .superRefine((text, context) => {
      const problem = text === "" ? null : problemOf(text);
      if (problem) context.addIssue({ code: "custom", message: problem });
    })
    .transform((text) => (text === "" ? null : text))
    .nullish()
    .transform((value) => value ?? null);
}

export function maxLength(limit: number): (text: string) => string | null {
  return (text) => (text.length > limit ? `Use at most ${withThousands(limit)} characters.` : null);
}

function withThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export const KPI_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,15}$/;
const KPI_CODE_MESSAGE = "Use up to 16 letters, digits or _, starting with a letter, such as MRR.";

/**
 * A KPI's optional short key, written in capitals whatever was typed ("mrr" becomes MRR), so that imports, the
 * API and formulas can name it; blank means none.
 */
export const kpiCodeSchema = blankAsNull((code) => (KPI_CODE_PATTERN.test(code) ? null : KPI_CODE_MESSAGE), (code) => code.toUpperCase());
