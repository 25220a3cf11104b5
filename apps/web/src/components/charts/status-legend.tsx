import { KPI_STATUS_LABELS, KPI_STATUSES } from "@tally/domain";
import { STATUS_STYLES } from "@/components/kpi/status-style";

/** The colour of each status in a status chart. */
export function StatusLegend() {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
      {KPI_STATUSES.map((status) => (
        <li key={status} className="inline-flex items-center gap-1.5">
          <span aria-hidden className={`inline-block size-2.5 rounded-sm ${STATUS_STYLES[status].fill}`} />
          {KPI_STATUS_LABELS[status]}
        </li>
      ))}
    </ul>
  );
}
