import { z } from "zod";
import { CADENCES, DECIMAL_SEPARATORS, IMPORT_DELIMITERS, IMPORT_ERROR_CODES, IMPORT_OUTCOMES } from "@tally/domain";

export const importQuerySchema = z.object({
  dryRun: z
    .enum(["true", "false"], { error: "Say dryRun=true to check the file, or dryRun=false to import it." })
    .meta({ description: "true checks every row and writes nothing; false imports every row in one transaction, or none when a row has an error." }),
  decimalSeparator: z
    .enum(DECIMAL_SEPARATORS, { error: "Choose a point (.) or a comma (,) as the decimal separator." })
    .optional()
    .meta({ description: "The decimal mark of the file's numbers; the organization's own by default." }),
});

const importRowSchema = z.object({
  line: z.number().int().meta({ description: "The row's line in the file, the header being line 1." }),
  kpi: z.string().meta({ description: "The KPI as the file names it (code, id or exact name)." }),
  kpi_id: z.string().nullable().meta({ description: "The KPI the row was matched to." }),
  period_start: z.string().nullable().meta({ format: "date", description: "The first day of the period the value belongs to." }),
  outcome: z.enum(IMPORT_OUTCOMES).meta({ description: "new, changed (old → new), unchanged, or error." }),
  value: z.string().nullable().meta({ description: "The value as it is (or would be) stored." }),
  previous_value: z.string().nullable().meta({ description: "The stored value it replaces, for a changed row." }),
  comment: z.string().nullable().meta({ description: "The comment as stored; null when the file has no comment column." }),
  previous_comment: z.string().nullable(),
  error: z.object({ code: z.enum(IMPORT_ERROR_CODES), message: z.string() }).nullable().meta({ description: "Why the row cannot be imported." }),
});

export const importResultSchema = z
  .object({
    dry_run: z.boolean(),
    committed: z.boolean().meta({ description: "True when the values were written." }),
    file: z.object({
      kind: z.enum(["csv", "xlsx"]),
      delimiter: z.enum(IMPORT_DELIMITERS).nullable(),
      decimal_separator: z.enum(DECIMAL_SEPARATORS),
      date_example: z.string().meta({ description: "How the file may write 31 March 2026 besides 2026-03-31." }),
    }),
    counts: z.object({ rows: z.number().int(), error: z.number().int(), new: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
    message: z.string().meta({ description: "One sentence on what was found or done." }),
    kpis: z.array(z.object({ id: z.string(), name: z.string(), code: z.string().nullable(), cadence: z.enum(CADENCES) })),
    rows: z.array(importRowSchema).meta({ description: "Every data row of the file, in file order." }),
  })
  .meta({ id: "ImportResult" });

export const importBodySchema = z.string().meta({
  description: "A CSV file (UTF-8) with a header row naming the columns kpi, date, value and optionally comment; the delimiter (comma, semicolon, tab or bar) is found from the header.",
  example: "kpi,date,value,comment\nMRR,2026-03-31,231500,From the billing export\n",
});
