import { KPI_STATUS_LABELS, KPI_STATUSES, type KpiStatus } from "@tally/domain";
import { STATUS_STYLES } from "./status-style";

/** The share of KPIs in each status, as a bar, with the counts in words beside it. */
export function HealthBar({ health }: { health: Record<KpiStatus, number> }) {
  const total = KPI_STATUSES.reduce((sum, status) => sum + health[status], 0);
  const summary = KPI_STATUSES.filter((status) => health[status] > 0)
    .map((status) => `${health[status]} ${KPI_STATUS_LABELS[status].toLowerCase()}`)
    .join(", ");
  if (total === 0) return <p className="text-sm text-slate-500">No KPIs to judge it by yet.</p>;
  return (
    <div>
      <div className="flex h-2.5 overflow-hidden rounded-full bg-slate-100" role="img" aria-label={`KPI health: ${summary}`}>
        {KPI_STATUSES.map((status) =>
          health[status] > 0 ? <span key={status} className={STATUS_STYLES[status].fill} style={{ width: `${(health[status] / total) * 100}%` }} /> : null,
        )}
      </div>
      <p className="mt-2 text-xs text-slate-600">{summary}</p>
    </div>
  );
}
