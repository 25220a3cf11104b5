import type { Cadence, KpiDirection } from "@tally/domain";
import type { Formatter } from "@/lib/format";
import type { ChartPoint } from "../chart-data";
import type { KpiValueFormat } from "../format-value";
import { KpiChart } from "../kpi-chart";
import { ChartNotes } from "./chart-notes";
import { withAnnotations, withForecast } from "./chart-overlays";
import { ChartTabs } from "./chart-tabs";
import { ForecastSummary } from "./forecast-summary";
import { SignalView } from "./signal-view";
import { signalWords } from "./signal-words";
import type { KpiAnalysis } from "./types";

interface KpiChartsSectionProps {
  points: ChartPoint[];
  analysis: KpiAnalysis;
  direction: KpiDirection;
  cadence: Cadence;
  format: KpiValueFormat;
  formatter: Formatter;
  baseline: number | null;
  benchmark: { value: number; source: string | null } | null;
  tableId: string;
}

/**
 * The KPI page's charts: values over time with the forecast and the comments as numbered notes, and signal
 * versus noise; the forecast sentence and the signal verdict stay in view under both.
 */
export function KpiChartsSection({ points, analysis, direction, cadence, format, formatter, baseline, benchmark, tableId }: KpiChartsSectionProps) {
  const drawn = withAnnotations(withForecast(points, analysis.forecast));
  const signal = signalWords(analysis, direction, cadence, format, formatter);
  return (
    <section aria-labelledby="chart-heading">
      <h2 id="chart-heading" className="mb-3 text-base font-semibold text-slate-900">
        Charts and forecast
      </h2>
      {points.length > 0 ? (
        <ChartTabs
          values={
            <>
              <KpiChart points={drawn} direction={direction} format={format} formatter={formatter} baseline={baseline} benchmark={benchmark} tableId={tableId} />
              <ChartNotes points={drawn} />
            </>
          }
          signal={<SignalView analysis={analysis} direction={direction} cadence={cadence} format={format} formatter={formatter} />}
        />
      ) : (
        <p className="text-sm text-slate-500">The chart appears with the first recorded value.</p>
      )}
      {benchmark !== null && benchmark.source && <p className="mt-2 text-xs text-slate-500">Benchmark source: {benchmark.source}</p>}
      <div className="mt-4 flex flex-col gap-3 border-t border-slate-200 pt-3">
        <ForecastSummary analysis={analysis} direction={direction} cadence={cadence} format={format} formatter={formatter} />
        <p className="text-sm">
          <span className="font-semibold text-slate-900">Signal vs noise: </span>
          <span className="text-slate-800" data-testid="signal-summary">
            {signal.verdict}
          </span>
        </p>
      </div>
    </section>
  );
}
