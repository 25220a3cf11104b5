import Link from "next/link";
import { CADENCE_LABELS, KPI_CATEGORY_LABELS } from "@tally/domain";
import { formatKpiNumber, formatKpiValue } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Trend } from "@/components/kpi/trend";
import { cn } from "@/lib/cn";
import type { Formatter } from "@/lib/format";
import { listItemFormat, listItemTarget, type KpiListItem } from "./kpi-display";

/** The KPI list from tablets up: one row per KPI, scrolling sideways inside its own box when it must. */
export function KpiTable({ orgSlug, kpis, filtered, formatter, className }: { orgSlug: string; kpis: KpiListItem[]; filtered: boolean; formatter: Formatter; className?: string }) {
  return (
    <div className={cn("overflow-x-auto rounded-lg border border-slate-200 bg-surface", className)}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">KPIs{filtered ? ", filtered" : ""}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">KPI</th>
            <th scope="col" className="px-4 py-3 font-medium">Status</th>
            <th scope="col" className="px-4 py-3 text-right font-medium">Current</th>
            <th scope="col" className="px-4 py-3 font-medium">Target</th>
            <th scope="col" className="px-4 py-3 font-medium">Trend</th>
            <th scope="col" className="px-4 py-3 font-medium">Owner</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {kpis.map((kpi) => {
            const format = listItemFormat(kpi);
            return (
              <tr key={kpi.id} aria-label={kpi.name}>
                <td className="px-4 py-3">
                  <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="font-medium text-slate-900 hover:underline">
                    {kpi.name}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {KPI_CATEGORY_LABELS[kpi.category]} · {CADENCE_LABELS[kpi.cadence]}
                    {kpi.team && ` · ${kpi.team.name}`}
                    {kpi.visibility === "restricted" && " · Restricted"}
                  </p>
                </td>
                <td className="px-4 py-3">
                  <StatusBadge status={kpi.status} />
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{formatKpiValue(kpi.latestValue, format, formatter)}</td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-600">{listItemTarget(kpi, formatter)}</td>
                <td className="px-4 py-3">
                  <Trend values={kpi.trend} format={(value) => formatKpiNumber(value, format, formatter)} />
                </td>
                <td className="px-4 py-3 text-slate-600">{kpi.owner.name}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
