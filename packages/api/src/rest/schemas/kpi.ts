import { z } from "zod";
import { CADENCES, DURATION_UNITS, KPI_CATEGORIES, KPI_DIRECTIONS, KPI_STATUSES, KPI_UNITS, KPI_VISIBILITIES } from "@tally/domain";
import { cursorSchema } from "./common";

const decimal = (description: string) => z.string().nullable().meta({ description: `${description} An exact decimal, as a string.`, example: "105" });

export const kpiStatusSchema = z.enum(KPI_STATUSES).meta({
  id: "KpiStatus",
  description: "on_track, at_risk or off_track by the latest value and its target; overdue when a value is due and missing; no_data before the first value.",
});

export const kpiSchema = z
  .object({
    id: z.string().meta({ example: "cm8x2k9f80001qz0h3v7w1abc" }),
    code: z.string().nullable().meta({ description: "The KPI's short key, usable in place of its id.", example: "MRR" }),
    name: z.string().meta({ example: "Monthly recurring revenue" }),
    description: z.string(),
    category: z.enum(KPI_CATEGORIES),
    unit: z.enum(KPI_UNITS),
    currency: z.string().nullable().meta({ description: "ISO 4217 code, for currency KPIs." }),
    duration_unit: z.enum(DURATION_UNITS).nullable(),
    decimals: z.number().int(),
    direction: z.enum(KPI_DIRECTIONS),
    cadence: z.enum(CADENCES).meta({ description: "The length of one period: one value per period." }),
    start_date: z.string().meta({ format: "date" }),
    end_date: z.string().nullable().meta({ format: "date" }),
    visibility: z.enum(KPI_VISIBILITIES),
    team: z.object({ id: z.string(), name: z.string() }).nullable(),
    calculated: z.boolean().meta({ description: "True for a KPI computed from a formula: its values cannot be written." }),
    archived: z.boolean(),
    status: kpiStatusSchema,
    latest: z
      .object({ period_start: z.string().meta({ format: "date" }), value: z.string().meta({ description: "An exact decimal, as a string.", example: "48250.5" }) })
      .nullable()
      .meta({ description: "The value of the newest period that has one." }),
    target: z
      .object({
        effective_from: z.string().meta({ format: "date" }),
        target: decimal("For increase and decrease KPIs."),
        target_min: decimal("For range KPIs."),
        target_max: decimal("For range KPIs."),
        warning: decimal("Where at risk turns into off track."),
        tolerance: decimal("How far outside the range is still at risk."),
      })
      .nullable()
      .meta({ description: "The target in force today." }),
    updated_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "Kpi" });

export const KPI_LIST_DEFAULT_LIMIT = 50;
export const KPI_LIST_MAX_LIMIT = 100;

export const kpiListQuerySchema = z.object({
  cursor: cursorSchema,
  limit: z.coerce
    .number({ error: `Use a whole number from 1 to ${KPI_LIST_MAX_LIMIT}.` })
    .int(`Use a whole number from 1 to ${KPI_LIST_MAX_LIMIT}.`)
    .min(1, `Use a whole number from 1 to ${KPI_LIST_MAX_LIMIT}.`)
    .max(KPI_LIST_MAX_LIMIT, `Use at most ${KPI_LIST_MAX_LIMIT}.`)
    .default(KPI_LIST_DEFAULT_LIMIT)
    .meta({ description: `KPIs per page, at most ${KPI_LIST_MAX_LIMIT}.`, example: KPI_LIST_DEFAULT_LIMIT }),
  archived: z
    .enum(["true", "false"], { error: "Use true or false." })
    .default("false")
    .meta({ description: "true lists archived KPIs instead of active ones." }),
});

export const kpiListSchema = z
  .object({
    data: z.array(kpiSchema),
    next_cursor: z.string().nullable().meta({ description: "Pass it as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "KpiList" });
