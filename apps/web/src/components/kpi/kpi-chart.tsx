import type { KpiDirection } from "@tally/domain";
import { cn } from "@/lib/cn";
import type { Formatter } from "@/lib/format";
import type { ChartPoint } from "./chart-data";
import { CHART_THEME_CLASS } from "./chart/chart-colors";
import { CHART_HEIGHT_CLASS } from "./chart/chart-layout";
import { ChartLegend } from "./chart/chart-legend";
import { chartSummary } from "./chart/chart-summary";
import { LazyChartDrawing } from "./chart/lazy-chart-drawing";
import type { KpiValueFormat } from "./format-value";

interface KpiChartProps {
  points: ChartPoint[];
  direction: KpiDirection;
  format: KpiValueFormat;
  /** The organization's formatter, for the summary; the drawing reads the same one from useFormatter. */
  formatter: Formatter;
  baseline: number | null;
  benchmark: { value: number; source: string | null } | null;
  /** The id of the table that lists the same values, for readers who cannot see the chart. */
  tableId: string;
}

/**
 * Values over time against the target schedule, its zones, the baseline and the benchmark. The words
 * (summary, legend, link to the table) render with the page; only the drawing waits for its code.
 */
export function KpiChart({ points, direction, format, formatter, baseline, benchmark, tableId }: KpiChartProps) {
  const summaryId = `${tableId}-chart-summary`;
  const range = direction === "range";
  return (
    <figure aria-labelledby={summaryId} className={CHART_THEME_CLASS}>
      <div className={cn(CHART_HEIGHT_CLASS, "w-full")}>
        <LazyChartDrawing points={points} direction={direction} format={format} baseline={baseline} benchmark={benchmark?.value ?? null} />
      </div>
      <ChartLegend
        range={range}
        hasTarget={points.some((point) => !point.planned && (point.target ?? point.targetMax) !== null)}
        hasPlannedTarget={points.some((point) => point.planned && (point.plannedTarget ?? point.plannedTargetMax) !== null)}
        hasAtRiskZone={points.some((point) => (range ? point.tolerance : point.band) !== null)}
        hasOnTrackBand={range && points.some((point) => point.band !== null)}
        hasBaseline={baseline !== null}
        hasBenchmark={benchmark !== null}
        hasComments={points.some((point) => point.comment !== null)}
        hasForecast={points.some((point) => point.forecast !== null && point.forecast !== undefined)}
      />
      <figcaption className="mt-3 flex flex-col gap-1 text-sm text-slate-700">
        <p id={summaryId}>{chartSummary(points, direction, format, formatter)}</p>
        <a href={`#${tableId}`} className="self-start font-medium text-slate-900 underline underline-offset-2 hover:text-slate-700">
          View the data as a table
        </a>
      </figcaption>
    </figure>
  );
}
