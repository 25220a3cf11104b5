import Link from "@/components/ui/link";
import { KPI_STATUS_LABELS, KPI_STATUSES, type KpiStatus } from "@tally/domain";
import { STATUS_STYLES } from "@/components/kpi/status-style";

/** How many KPIs stand in each status, each count opening the KPI list filtered to exactly those KPIs. */
export function StatusCountLinks({ counts, hrefFor, label }: { counts: Record<KpiStatus, number>; hrefFor: (status: KpiStatus) => string; label: string }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {KPI_STATUSES.map((status) => (
        <li key={status}>
          <Link
            href={hrefFor(status)}
            className={`block rounded-xl border border-t-4 border-slate-200 bg-surface p-3 shadow-xs hover:bg-slate-50 ${STATUS_STYLES[status].accent}`}
          >
            <span className="block text-xl font-semibold tabular-nums text-slate-900">{counts[status]}</span>
            <span className="text-sm text-slate-600">{KPI_STATUS_LABELS[status]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
