import Link from "next/link";
import { CADENCE_LABELS, KPI_CATEGORY_LABELS } from "@tally/domain";
import { formatKpiNumber, formatKpiValue } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Trend } from "@/components/kpi/trend";
import { cn } from "@/lib/cn";
import type { Formatter } from "@/lib/format";
import { listItemFormat, listItemTarget, type KpiListItem } from "./kpi-display";

/** The KPI list on a phone: one card per KPI, nothing wider than the screen. */
export function KpiCards({ orgSlug, kpis, filtered, formatter, className }: { orgSlug: string; kpis: KpiListItem[]; filtered: boolean; formatter: Formatter; className?: string }) {
  return (
    <ul aria-label={`KPIs${filtered ? ", filtered" : ""}`} className={cn("flex flex-col gap-3", className)}>
      {kpis.map((kpi) => {
        const format = listItemFormat(kpi);
        return (
          <li key={kpi.id} className="min-w-0 rounded-lg border border-slate-200 bg-surface p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="break-words font-medium text-slate-900 hover:underline">
                  {kpi.name}
                </Link>
                <p className="break-words text-xs text-slate-600">
                  {kpi.code && <span className="font-mono">{kpi.code} · </span>}
                  {KPI_CATEGORY_LABELS[kpi.category]} · {CADENCE_LABELS[kpi.cadence]}
                  {kpi.team && ` · ${kpi.team.name}`}
                  {kpi.visibility === "restricted" && " · Restricted"}
                </p>
              </div>
              <StatusBadge status={kpi.status} className="shrink-0" />
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">Latest</dt>
              <dd className="min-w-0 break-words font-medium tabular-nums text-slate-900">{formatKpiValue(kpi.latestValue, format, formatter)}</dd>
              <dt className="text-slate-600">Target</dt>
              <dd className="min-w-0 break-words text-slate-700">{listItemTarget(kpi, formatter)}</dd>
              <dt className="text-slate-600">Trend</dt>
              <dd>
                <Trend values={kpi.trend} format={(value) => formatKpiNumber(value, format, formatter)} />
              </dd>
              <dt className="text-slate-600">Owner</dt>
              <dd className="min-w-0 break-words text-slate-700">{kpi.owner.name}</dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
