import Link from "@/components/ui/link";
import type { KpiListColumn } from "@tally/domain";
import { StatusBadge } from "@/components/kpi/status-badge";
import { cn } from "@/lib/cn";
import type { Formatter } from "@/lib/format";
import { KPI_COLUMN_HEADINGS, kpiColumnContent } from "./kpi-columns";
import type { KpiListItem } from "./kpi-display";
import { KpiMeta } from "./kpi-meta";

interface Props {
  orgSlug: string;
  kpis: KpiListItem[];
  columns: readonly KpiListColumn[];
  filtered: boolean;
  formatter: Formatter;
  className?: string;
}

/** The KPI list on a phone: one card per KPI with the member's columns as lines, nothing wider than the screen. */
export function KpiCards({ orgSlug, kpis, columns, filtered, formatter, className }: Props) {
  // The status sits beside the name on a card rather than on a line of its own.
  const lines = columns.filter((column) => column !== "status");
  return (
    <ul aria-label={`KPIs${filtered ? ", filtered" : ""}`} className={cn("flex flex-col gap-3", className)}>
      {kpis.map((kpi) => (
        <li key={kpi.id} className="min-w-0 rounded-lg border border-slate-200 bg-surface p-4">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="break-words font-medium text-slate-900 hover:underline">
                {kpi.name}
              </Link>
              <KpiMeta kpi={kpi} className="break-words text-xs text-slate-600" />
            </div>
            {columns.includes("status") && <StatusBadge status={kpi.status} className="shrink-0" />}
          </div>
          {lines.length > 0 && (
            <dl className="mt-3 grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-1 text-sm">
              {lines.map((column) => (
                <div key={column} className="contents">
                  <dt className="text-slate-600">{KPI_COLUMN_HEADINGS[column]}</dt>
                  <dd className="min-w-0 break-words text-slate-700">{kpiColumnContent(column, kpi, formatter)}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
