import { KPI_STATUS_LABELS, KPI_STATUSES, type KpiStatus } from "@tally/domain";
import type { Formatter } from "@/lib/format";

/** One month of a health history as the chart and its table take it. */
export interface HealthHistoryMonth {
  month: string;
  /** "Nov 2026", in the reader's format. */
  label: string;
  /** Per status: a number of KPIs, or a share of the weight (0…1). */
  values: Record<KpiStatus, number>;
}

export type HealthHistoryMode = "count" | "share";

export function formatHealthValue(value: number, mode: HealthHistoryMode, formatter: Formatter): string {
  return mode === "count" ? formatter.formatNumber(value, { decimals: 0 }) : formatter.formatPercent(value * 100, { decimals: 0 });
}

/** The months that have anything to show; a history of only empty months has nothing to draw. */
export function hasHistory(months: readonly HealthHistoryMonth[]): boolean {
  return months.some((month) => KPI_STATUSES.some((status) => month.values[status] > 0));
}

function onTrackOf(values: Record<KpiStatus, number>): { onTrack: number; judged: number } {
  const judged = KPI_STATUSES.reduce((sum, status) => (status === "no_data" ? sum : sum + values[status]), 0);
  return { onTrack: values.on_track, judged };
}

/**
 * The history in one sentence, for readers who do not see the chart: where the share on track stood at the
 * first and the last month that had KPIs to judge.
 */
export function healthHistorySummary(months: readonly HealthHistoryMonth[], mode: HealthHistoryMode, formatter: Formatter): string {
  const judged = months.filter((month) => onTrackOf(month.values).judged > 0);
  const first = judged[0];
  const last = judged.at(-1);
  if (!first || !last) return "No KPI could be judged in these months yet.";
  const describe = (month: HealthHistoryMonth) => {
    const { onTrack, judged: total } = onTrackOf(month.values);
    return mode === "count"
      ? `${formatter.formatNumber(onTrack, { decimals: 0 })} of ${formatter.formatNumber(total, { decimals: 0 })} KPIs on track in ${month.label}`
      : `${formatter.formatPercent((onTrack / total) * 100, { decimals: 0 })} of the judged weight on track in ${month.label}`;
  };
  if (first === last) return `${describe(last)[0]!.toUpperCase()}${describe(last).slice(1)}.`;
  const text = `From ${describe(first)} to ${describe(last)}.`;
  const worst = KPI_STATUSES.filter((status) => status !== "on_track" && status !== "no_data").filter((status) => last.values[status] > 0);
  return worst.length
    ? `${text} Now ${worst.map((status) => `${formatHealthValue(last.values[status], mode, formatter)} ${KPI_STATUS_LABELS[status].toLowerCase()}`).join(", ")}.`
    : text;
}
