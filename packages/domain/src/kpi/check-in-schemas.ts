import { z } from "zod";
import { isoDateSchema } from "./date-schema";
import { decimalStringSchema } from "./decimal";
import { idSchema } from "./fields";
import { textSchema } from "../input/text";

export const COMMENT_MAX = 2000;
export const MAX_CHECK_INS_AT_ONCE = 200;

const commentSchema = textSchema({ max: COMMENT_MAX * 2, tooLong: "Use at most 2,000 characters.", multiline: true, error: "Enter a comment." })
  .trim()
  .max(COMMENT_MAX, "Use at most 2,000 characters.")
  .default("");

/** One value for the period that contains `date`; the service files it under that period's start. */
export const recordCheckInShape = {
  kpiId: idSchema,
  date: isoDateSchema,
  value: decimalStringSchema,
  comment: commentSchema,
};

export const recordCheckInSchema = z.strictObject(recordCheckInShape);

/**
 * Several values at once, from the "due this week" list. Two lines for the same KPI and date are refused
 * here; two dates in one period of a KPI can only be caught where the KPI's cadence is known.
 */
export const recordCheckInsShape = {
  entries: z
    .array(recordCheckInSchema)
    .min(1, "Add at least one value.")
    .max(MAX_CHECK_INS_AT_ONCE, `Record at most ${MAX_CHECK_INS_AT_ONCE} values at once.`)
    .superRefine((entries, context) => {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        const key = `${entry.kpiId}\u0000${entry.date}`;
        if (seen.has(key)) {
          context.addIssue({ code: "custom", path: [index, "date"], message: "This KPI already has a value for this date in the list." });
        }
        seen.add(key);
      });
    }),
};

export const recordCheckInsSchema = z.strictObject(recordCheckInsShape);

export type RecordCheckInInput = z.infer<typeof recordCheckInSchema>;
export type RecordCheckInsInput = z.infer<typeof recordCheckInsSchema>;
