import type { KpiDirection } from "@tally/domain";
import type { Formatter } from "@/lib/format";
import type { ChartPoint } from "../chart-data";
import { formatKpiNumber, type KpiValueFormat } from "../format-value";

/** The target a period has, whether so far or planned: a line (increase/decrease) or a band (range). */
export function targetAt(point: ChartPoint, direction: KpiDirection): { low: number | null; high: number } | null {
  if (direction === "range") {
    const min = point.targetMin ?? point.plannedTargetMin;
    const max = point.targetMax ?? point.plannedTargetMax;
    return min === null || max === null ? null : { low: min, high: max };
  }
  const target = point.target ?? point.plannedTarget;
  return target === null ? null : { low: null, high: target };
}

/** "40%" for a line, "40% – 60%" for a band ("40 % – 60 %" in de-DE). */
export function targetText(target: { low: number | null; high: number }, format: KpiValueFormat, formatter: Formatter): string {
  const high = formatKpiNumber(target.high, format, formatter);
  return target.low === null ? high : `${formatKpiNumber(target.low, format, formatter)} – ${high}`;
}

export interface TargetLabel {
  index: number;
  periodStart: string;
  /** Where the label sits: on the target line, or on the top edge of a band. */
  y: number;
  text: string;
  planned: boolean;
}

/**
 * One label at the start of each target step ("Target 105%"). When steps crowd, the newest win: the
 * target in force now and the planned ones matter most, older ones are in the tooltip and the table.
 * `minSpacing` is how many periods a label needs to its right before the next one may start.
 */
export function targetLabels(
  points: readonly ChartPoint[],
  direction: KpiDirection,
  format: KpiValueFormat,
  formatter: Formatter,
  { minSpacing = 1, maxLabels = 4 }: { minSpacing?: number; maxLabels?: number } = {},
): TargetLabel[] {
  const steps: TargetLabel[] = [];
  let previous: string | null = null;
  points.forEach((point, index) => {
    const target = targetAt(point, direction);
    const key = target ? `${target.low}:${target.high}` : null;
    if (target && key !== previous) {
      steps.push({ index, periodStart: point.periodStart, y: target.high, text: `Target ${targetText(target, format, formatter)}`, planned: point.planned });
    }
    previous = key;
  });
  const kept: TargetLabel[] = [];
  for (const step of steps.reverse()) {
    if (kept.length >= maxLabels) break;
    const right = kept.at(-1);
    if (right && right.index - step.index < minSpacing) continue;
    kept.push(step);
  }
  return kept.reverse();
}
