import type { Formatter } from "@/lib/format";
import type { Cadence } from "@tally/domain";
import { formatKpiNumber, type KpiValueFormat } from "../format-value";
import type { KpiAnalysis } from "./types";

type Delta = NonNullable<NonNullable<KpiAnalysis["change"]>["previous"]>;

/** "+1.5 pp" for a percent KPI (a difference of percentages is in points), "+$1,200 (+4.0%)" otherwise. */
export function deltaText(delta: Delta, format: KpiValueFormat, formatter: Formatter): string {
  const sign = delta.delta > 0 ? "+" : delta.delta < 0 ? "−" : "±";
  const size = Math.abs(delta.delta);
  const decimals = Math.min(4, Math.max(0, format.decimals));
  if (format.unit === "percent") return `${sign}${formatter.formatNumber(size, { decimals })} pp`;
  const relative = delta.relative === null ? "" : ` (${delta.relative >= 0 ? "+" : "−"}${formatter.formatPercent(Math.abs(delta.relative) * 100, { decimals: 1 })})`;
  return `${sign}${formatKpiNumber(size, format, formatter)}${relative}`;
}

/** The latest value against the previous period and the same period last year, beside the latest value. */
export function PeriodChangeList({ change, cadence, format, formatter }: { change: KpiAnalysis["change"]; cadence: Cadence; format: KpiValueFormat; formatter: Formatter }) {
  if (!change) return null;
  const rows = [
    { term: "Δ previous period", delta: change.previous },
    { term: "Δ same period last year", delta: change.lastYear },
  ];
  return (
    <dl className="mt-2 flex flex-col gap-0.5 text-xs" data-testid="period-change">
      {rows.map(({ term, delta }) => (
        <div key={term} className="flex flex-wrap gap-x-1.5">
          <dt className="text-slate-600">{term}</dt>
          <dd className="font-medium text-slate-900">
            {delta ? (
              <>
                {deltaText(delta, format, formatter)} <span className="font-normal text-slate-600">vs {formatter.formatPeriod(delta.period, cadence)}</span>
              </>
            ) : (
              <span className="font-normal text-slate-600">no value to compare</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
