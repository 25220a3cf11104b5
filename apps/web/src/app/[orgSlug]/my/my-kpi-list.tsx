import Link from "@/components/ui/link";
import { KPI_STATUS_LABELS } from "@tally/domain";
import { formatKpiNumber, formatKpiValue } from "@/components/kpi/format-value";
import { Trend } from "@/components/kpi/trend";
import { Card } from "@/components/ui/card";
import type { Formatter } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/types";

export type MyKpi = RouterOutputs["dashboard"]["mine"]["kpis"][number];

/** The newest value with its period, so an old value never reads as the current one. */
export function latestText(kpi: MyKpi, formatter: Formatter): string {
  if (kpi.latestValue === null || kpi.latestPeriodStart === null) return "No value yet";
  return `${formatKpiValue(kpi.latestValue, kpi, formatter)} for ${formatter.formatPeriod(kpi.latestPeriodStart, kpi.cadence)}`;
}

/** One group of My KPIs (overdue, due now, changed status) as a card with a line per KPI. */
export function MyKpiGroup({
  id,
  title,
  empty,
  kpis,
  orgSlug,
  formatter,
  detail,
}: {
  id: string;
  title: string;
  empty: string;
  kpis: MyKpi[];
  orgSlug: string;
  formatter: Formatter;
  detail: (kpi: MyKpi) => string;
}) {
  return (
    <Card>
      <h2 id={id} className="text-base font-semibold">
        {title} <span className="font-normal text-slate-600">({formatter.formatNumber(kpis.length)})</span>
      </h2>
      {kpis.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul aria-labelledby={id} className="mt-3 divide-y divide-slate-100">
          {kpis.map((kpi) => (
            <li key={kpi.id} className="flex items-start justify-between gap-3 py-2.5">
              <div className="min-w-0 break-words">
                <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="font-medium text-slate-900 hover:underline">
                  {kpi.name}
                </Link>
                <p className="text-sm text-slate-700">{detail(kpi)}</p>
              </div>
              <Trend values={kpi.trend} format={(value) => formatKpiNumber(value, kpi, formatter)} className="shrink-0" />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** "Turned on track from overdue": what changed since the end of last month. */
export function changeText(kpi: MyKpi): string {
  if (!kpi.statusThen) return KPI_STATUS_LABELS[kpi.status];
  return `${KPI_STATUS_LABELS[kpi.status]}, was ${KPI_STATUS_LABELS[kpi.statusThen].toLowerCase()}`;
}
