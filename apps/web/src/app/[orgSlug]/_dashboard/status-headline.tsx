import Link from "@/components/ui/link";
import { KPI_STATUS_LABELS, KPI_STATUSES, type KpiStatus } from "@tally/domain";
import { STATUS_STYLES } from "@/components/kpi/status-style";
import type { Formatter } from "@/lib/format";

function changeText(now: number, before: number, formatter: Formatter): string {
  const change = now - before;
  if (change === 0) return "no change";
  return `${change > 0 ? "+" : "−"}${formatter.formatNumber(Math.abs(change))}`;
}

/** The count in each status, each a link to the list it counts, with the change since the end of last month. */
export function StatusHeadline({
  orgSlug,
  totals,
  previous,
  formatter,
}: {
  orgSlug: string;
  totals: Record<KpiStatus, number>;
  previous: { asOf: string; counts: Record<KpiStatus, number> };
  formatter: Formatter;
}) {
  const since = formatter.formatDate(previous.asOf);
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading" className="sr-only">
        KPIs by status
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {KPI_STATUSES.map((status) => (
          <li key={status} className={`rounded-xl border border-t-4 border-slate-200 bg-surface shadow-xs ${STATUS_STYLES[status].accent}`}>
            <Link href={`/${orgSlug}/kpis?status=${status}`} className="block rounded-xl p-4 hover:bg-slate-50">
              <span className="block text-2xl font-semibold tabular-nums text-slate-900">{formatter.formatNumber(totals[status])}</span>
              <span className="text-sm text-slate-600">{KPI_STATUS_LABELS[status]}</span>
            </Link>
            <p className="px-4 pb-3 text-xs text-slate-600">
              {changeText(totals[status], previous.counts[status], formatter)} since {since}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
