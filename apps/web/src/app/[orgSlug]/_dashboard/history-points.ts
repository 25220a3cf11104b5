import { KPI_STATUS_LABELS, KPI_STATUSES, type KpiStatus } from "@tally/domain";

export interface HistoryPoint {
  month: string;
  label: string;
  total: number;
  /** Each status's share of the month's KPIs, 0 to 100. */
  shares: Record<KpiStatus, number>;
  counts: Record<KpiStatus, number>;
}

/** A month's counts as shares of the KPIs judged that month, for a chart whose bars all reach 100 %. */
export function historyPoints(history: { month: string; counts: Record<KpiStatus, number> }[], label: (month: string) => string): HistoryPoint[] {
  return history.map((entry) => {
    const total = KPI_STATUSES.reduce((sum, status) => sum + entry.counts[status], 0);
    const shares = Object.fromEntries(KPI_STATUSES.map((status) => [status, total === 0 ? 0 : (entry.counts[status] / total) * 100])) as Record<KpiStatus, number>;
    return { month: entry.month, label: label(entry.month), total, shares, counts: entry.counts };
  });
}

/** One sentence that says what the chart shows: the share on track at the start and the end, and the latest mix. */
export function historySummary(points: HistoryPoint[], percent: (share: number) => string): string {
  const first = points.find((point) => point.total > 0);
  const last = points.at(-1);
  if (!first || !last || last.total === 0) return "No KPI had a status in these months.";
  const mix = KPI_STATUSES.filter((status) => last.counts[status] > 0)
    .map((status) => `${last.counts[status]} ${KPI_STATUS_LABELS[status].toLowerCase()}`)
    .join(", ");
  return `On track: ${percent(first.shares.on_track)} of KPIs in ${first.label}, ${percent(last.shares.on_track)} in ${last.label} (${mix}).`;
}
