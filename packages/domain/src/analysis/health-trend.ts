import { KPI_STATUSES, type KpiStatus } from "../kpi/vocabulary";

export type HealthTrend = "improving" | "declining" | "steady" | "new";

/** The share of judged KPIs on track, judged meaning with a status other than "no data"; null when none is. */
export function onTrackShare(counts: Record<KpiStatus, number>): number | null {
  const judged = KPI_STATUSES.filter((status) => status !== "no_data").reduce((sum, status) => sum + counts[status], 0);
  return judged === 0 ? null : counts.on_track / judged;
}

/**
 * Whether a group of KPIs is doing better or worse than it did: its share on track now against then. A move of
 * less than `threshold` (5 points by default) is steady, so one KPI of many changing back and forth is not news.
 */
export function healthTrend(now: Record<KpiStatus, number>, then: Record<KpiStatus, number>, threshold = 0.05): HealthTrend {
  const current = onTrackShare(now);
  const before = onTrackShare(then);
  if (current === null || before === null) return "new";
  if (current - before >= threshold) return "improving";
  if (before - current >= threshold) return "declining";
  return "steady";
}
