import { z } from "zod";
import { STATUS_CHANGE_RULES } from "@tally/domain";
import { kpiStatusSchema } from "./kpi";

const decimal = (description: string) => z.string().nullable().meta({ description: `${description} An exact decimal, as a string.`, example: "92" });
const date = (description: string) => z.string().meta({ format: "date", description });

export const statusChangeSchema = z
  .object({
    changed_on: date("The day the KPI took the status: the value's period start, or the day a period fell overdue."),
    from: kpiStatusSchema,
    to: kpiStatusSchema,
    rule: z.enum(STATUS_CHANGE_RULES).meta({
      description:
        "The rule that fired: the side of the target, warning, range or tolerance the value fell on; no_target when the schedule could not judge it; overdue when a due period passed its grace days without a value; ended when an ended KPI's last period is past due and it rests at its last status.",
    }),
    period_start: date("The value's period; for overdue the first period without a value; for ended the KPI's last period."),
    value: decimal("The value that caused the change; null for overdue and ended."),
    target: z
      .object({
        effective_from: date("The first period this schedule entry applies to."),
        target: decimal("For increase and decrease KPIs."),
        target_min: decimal("For range KPIs."),
        target_max: decimal("For range KPIs."),
        warning: decimal("Where at risk turns into off track."),
        tolerance: decimal("How far outside the range is still at risk."),
      })
      .nullable()
      .meta({ description: "The target entry in force for the value's period, as it was when the change was derived." }),
    explanation: z.string().meta({
      description: "The change in a sentence, with plain numbers.",
      example: "Turned off track in Oct 2026: 87.5 is below the warning 88 (target 92 since May 2026)",
    }),
    as_of_today: z.boolean().meta({ description: "True for changes after the newest value, which depend on today's date." }),
  })
  .meta({ id: "StatusChange" });

export const statusChangeListSchema = z
  .object({
    kpi_id: z.string(),
    status: kpiStatusSchema,
    data: z.array(statusChangeSchema).meta({ description: "Every status change, newest first." }),
  })
  .meta({ id: "StatusChangeList" });
