import type { ReactNode } from "react";
import { targetFor, targetSummary } from "@tally/domain";
import type { Formatter } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { formatKpiNumber, formatKpiValue, type KpiValueFormat } from "./format-value";
import { targetSchedule } from "./period-status";
import { ProgressBar } from "./progress-bar";
import type { KpiDetail } from "./types";

/** The latest value against the target it is measured by, and the way travelled from the baseline. */
export function KpiSummary({
  kpi,
  format,
  formatter,
  today,
  change,
}: {
  kpi: KpiDetail;
  format: KpiValueFormat;
  formatter: Formatter;
  today: string;
  /** The change against earlier periods, shown under the latest value. */
  change?: ReactNode;
}) {
  const entry = targetFor(targetSchedule(kpi.targets), kpi.latestPeriodStart ?? today);
  const target = targetSummary(kpi.direction, entry, (value) => formatKpiNumber(value, format, formatter));
  return (
    <Card>
      <section aria-labelledby="summary-heading" className="flex flex-col gap-4">
        <h2 id="summary-heading" className="sr-only">
          Current value
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Latest value</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900">{formatKpiValue(kpi.latestValue, format, formatter)}</dd>
            <dd className="text-xs text-slate-500">{kpi.latestPeriodStart ? formatter.formatPeriod(kpi.latestPeriodStart, kpi.cadence) : "Nothing recorded yet"}</dd>
            {change && <dd>{change}</dd>}
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Target</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900">{target}</dd>
            {entry && <dd className="text-xs text-slate-500">Since {formatter.formatDate(entry.effectiveFrom)}</dd>}
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Baseline</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900">{formatKpiValue(kpi.baseline, format, formatter)}</dd>
          </div>
        </dl>
        {kpi.progress !== null ? (
          <ProgressBar progress={kpi.progress} label="Progress toward the target" formatter={formatter} />
        ) : (
          <p className="text-xs text-slate-500">
            {kpi.direction === "range"
              ? "A range KPI has no progress to measure: its status says whether the value is within the band."
              : kpi.baseline === null
                ? "Set a baseline to see the progress from it toward the target."
                : kpi.latestValue === null
                  ? "Progress appears with the first value."
                  : "The target equals the baseline, so there is no progress to measure."}
          </p>
        )}
      </section>
    </Card>
  );
}
