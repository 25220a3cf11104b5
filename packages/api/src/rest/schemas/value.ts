import { z } from "zod";
import { MAX_DECIMAL_PLACES, MAX_INTEGER_DIGITS, PERIOD_STATUSES, recordCheckInShape } from "@tally/domain";
import { cursorSchema, kpiRefSchema } from "./common";
import { kpiStatusSchema } from "./kpi";

export const MAX_BATCH_VALUES = 1000;
export const VALUES_DEFAULT_LIMIT = 100;
export const VALUES_MAX_LIMIT = 1000;

/** A value as a decimal string (exact) or a JSON number (read as written, so 0.1 stays 0.1). */
export const valueInputSchema = z
  .preprocess((value) => (typeof value === "number" && Number.isFinite(value) ? String(value) : value), recordCheckInShape.value)
  .meta({
    description: `The value: a decimal string (exact; up to ${MAX_INTEGER_DIGITS} digits before the point and ${MAX_DECIMAL_PLACES} after) or a JSON number.`,
    example: "48250.5",
    override: { anyOf: [{ type: "string", maxLength: 200 }, { type: "number" }] },
  });

const commentSchema = recordCheckInShape.comment.meta({ description: "An optional note shown with the value; up to 2,000 characters.", example: "Includes the annual plan upgrade." });

export const putValueBodySchema = z.strictObject({ value: valueInputSchema, comment: commentSchema }).meta({ id: "ValueInput" });

export const batchValueSchema = z
  .strictObject({
    kpi: kpiRefSchema.meta({ description: "The KPI's id or code.", example: "MRR" }),
    date: recordCheckInShape.date.meta({ description: "Any day of the period, as YYYY-MM-DD.", example: "2026-03-12" }),
    value: valueInputSchema,
    comment: commentSchema,
  })
  .meta({ id: "BatchValue" });

export const batchBodySchema = z
  .strictObject({
    values: z
      .array(batchValueSchema)
      .min(1, "Send at least one value.")
      .max(MAX_BATCH_VALUES, `Send at most ${MAX_BATCH_VALUES.toLocaleString("en-US")} values in one batch; split larger sets into several requests.`),
  })
  .meta({ id: "BatchInput" });

export const storedValueSchema = z
  .object({
    kpi_id: z.string(),
    period_start: z.string().meta({ format: "date", description: "The first day of the period the value belongs to." }),
    period_end: z.string().meta({ format: "date", description: "The last day of the period." }),
    value: z.string().meta({ description: "The stored value, an exact decimal as a string.", example: "48250.5" }),
    comment: z.string(),
    source: z.enum(["manual", "import", "api", "formula"]).meta({ description: "How the value came in." }),
    status: z.enum(PERIOD_STATUSES).nullable().meta({ description: "The period's status by its target; null when the KPI has no target for it." }),
    recorded_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "Value" });

export const putValueResultSchema = z
  .object({ value: storedValueSchema, kpi_status: kpiStatusSchema })
  .meta({ id: "ValueWritten", description: "The value as stored, and the KPI's status after the write." });

export const deleteValueResultSchema = z
  .object({
    kpi_id: z.string(),
    period_start: z.string().meta({ format: "date" }),
    deleted_value: z.string().meta({ description: "The value that was removed; it stays in the KPI's deletion history with its revisions." }),
    kpi_status: kpiStatusSchema,
  })
  .meta({ id: "ValueDeleted" });

export const valuesQuerySchema = z.object({
  from: recordCheckInShape.date.optional().meta({ description: "The first day of the range, YYYY-MM-DD: periods starting on or after it." }),
  to: recordCheckInShape.date.optional().meta({ description: "The last day of the range, YYYY-MM-DD: periods starting on or before it." }),
  cursor: cursorSchema,
  limit: z.coerce
    .number({ error: `Use a whole number from 1 to ${VALUES_MAX_LIMIT}.` })
    .int(`Use a whole number from 1 to ${VALUES_MAX_LIMIT}.`)
    .min(1, `Use a whole number from 1 to ${VALUES_MAX_LIMIT}.`)
    .max(VALUES_MAX_LIMIT, `Use at most ${VALUES_MAX_LIMIT}.`)
    .default(VALUES_DEFAULT_LIMIT)
    .meta({ description: `Values per page, at most ${VALUES_MAX_LIMIT}.`, example: VALUES_DEFAULT_LIMIT }),
});

export const valueListSchema = z
  .object({
    data: z.array(storedValueSchema),
    next_cursor: z.string().nullable().meta({ description: "Pass it as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "ValueList" });

export const batchResultSchema = z
  .object({
    recorded: z.number().int().meta({ description: "How many values were written (unchanged ones included)." }),
    values: z.array(z.object({ kpi_id: z.string(), period_start: z.string().meta({ format: "date" }) })).meta({ description: "Each value's KPI and period, in the order sent." }),
  })
  .meta({ id: "BatchResult" });
