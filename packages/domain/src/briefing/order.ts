import { KPI_STATUSES, type KpiStatus } from "../kpi/vocabulary";

/** A briefing reads worst first: what missed, what is missing, what is at risk; then the unjudged, then the fine. */
export const BRIEFING_STATUS_ORDER: readonly KpiStatus[] = ["off_track", "overdue", "at_risk", "no_data", "on_track"];

interface Orderable {
  id: string;
  name: string;
  status: KpiStatus;
}

/** The KPI sections in reading order: by status as above, then by name, then by id so that equal names keep one order. */
export function orderBriefingSections<T extends Orderable>(sections: readonly T[]): T[] {
  const rank = (status: KpiStatus) => BRIEFING_STATUS_ORDER.indexOf(status);
  return [...sections].sort(
    (a, b) => rank(a.status) - rank(b.status) || a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export interface BriefingSummary {
  total: number;
  counts: Record<KpiStatus, number>;
  /** On track among the judged KPIs (all but "no data"); null when none is judged. */
  onTrackShare: number | null;
}

/** How many KPIs of the briefing stand in each status, and the share on track. */
export function briefingSummary(statuses: readonly KpiStatus[]): BriefingSummary {
  const counts = Object.fromEntries(KPI_STATUSES.map((status) => [status, 0])) as Record<KpiStatus, number>;
  for (const status of statuses) counts[status] += 1;
  const judged = statuses.length - counts.no_data;
  return { total: statuses.length, counts, onTrackShare: judged === 0 ? null : counts.on_track / judged };
}
