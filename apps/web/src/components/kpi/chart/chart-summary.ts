import { KPI_STATUS_LABELS, type KpiDirection } from "@tally/domain";
import type { Formatter } from "@/lib/format";
import type { ChartPoint } from "../chart-data";
import { formatKpiNumber, type KpiValueFormat } from "../format-value";
import { targetAt, targetText } from "./target-labels";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The chart in words, for people who cannot see it: the latest value with its target and status,
 * the span of values, and the target changes still to come, with numbers in the organization's format
 * (periods come labelled from chartPoints). E.g. "Latest: 42.0% for Mar 2026, target 40%, on track.
 * 3 values from Jan 2026 to Mar 2026, 1 with a comment."
 */
export function chartSummary(points: readonly ChartPoint[], direction: KpiDirection, format: KpiValueFormat, formatter: Formatter): string {
  const withValues = points.filter((point): point is ChartPoint & { value: number } => point.value !== null);
  const latest = withValues.at(-1);
  const first = withValues[0];
  if (!latest || !first) return "No values recorded yet.";

  const target = targetAt(latest, direction);
  const latestParts = [`Latest: ${formatKpiNumber(latest.value, format, formatter)} for ${latest.label}`, target ? `target ${targetText(target, format, formatter)}` : "no target set"];
  if (latest.status) latestParts.push(KPI_STATUS_LABELS[latest.status].toLowerCase());
  const sentences = [`${latestParts.join(", ")}.`];

  const commented = withValues.filter((point) => point.comment !== null).length;
  const span = withValues.length === 1 ? `1 value, for ${first.label}` : `${withValues.length} values from ${first.label} to ${latest.label}`;
  sentences.push(`${span}${commented > 0 ? `, ${plural(commented, "with a comment", "with comments")}` : ""}.`);

  const changes: string[] = [];
  points.forEach((point, index) => {
    const before = points[index - 1];
    if (!point.planned || !before) return;
    const next = targetAt(point, direction);
    const previous = targetAt(before, direction);
    if (next && (!previous || previous.low !== next.low || previous.high !== next.high)) changes.push(`${targetText(next, format, formatter)} from ${point.label}`);
  });
  if (changes.length > 0) sentences.push(`Planned target${changes.length === 1 ? "" : "s"}: ${changes.join(", ")}.`);
  return sentences.join(" ");
}
