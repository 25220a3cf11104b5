import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@tally/api";
import { targetSummary, toNumberOrNull } from "@tally/domain";
import { formatKpiNumber, type KpiValueFormat } from "@/components/kpi/format-value";
import type { Formatter } from "@/lib/format";

/** One KPI of the list as kpi.list answers it. */
export type KpiListItem = inferRouterOutputs<AppRouter>["kpi"]["list"]["kpis"][number];

/** What a row of any KPI table (the list, a team's or an objective's) shows of a KPI. */
export type KpiRowBasics = Pick<
  KpiListItem,
  "id" | "name" | "unit" | "currency" | "durationUnit" | "decimals" | "direction" | "target" | "cadence" | "owner" | "status" | "latestValue" | "latestPeriodStart" | "trend"
>;

export function listItemFormat(kpi: Pick<KpiListItem, "unit" | "currency" | "durationUnit" | "decimals">): KpiValueFormat {
  return { unit: kpi.unit, currency: kpi.currency, durationUnit: kpi.durationUnit, decimals: kpi.decimals };
}

/** The current target in words ("≥ 120 k€", "between 2 and 4"), or a dash when the KPI has none. */
export function listItemTarget(kpi: Pick<KpiListItem, "unit" | "currency" | "durationUnit" | "decimals" | "direction" | "target">, formatter: Formatter): string {
  if (!kpi.target) return "—";
  const format = listItemFormat(kpi);
  return targetSummary(
    kpi.direction,
    {
      effectiveFrom: "",
      target: toNumberOrNull(kpi.target.target),
      targetMin: toNumberOrNull(kpi.target.targetMin),
      targetMax: toNumberOrNull(kpi.target.targetMax),
      warning: null,
      tolerance: null,
    },
    (value) => formatKpiNumber(value, format, formatter),
  );
}
