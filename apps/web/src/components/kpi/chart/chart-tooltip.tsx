import type { ReactNode } from "react";
import type { TooltipContentProps } from "recharts";
import { KPI_STATUS_LABELS, type KpiDirection } from "@tally/domain";
import type { ChartPoint } from "../chart-data";
import { formatKpiNumber, type KpiValueFormat } from "../format-value";
import { cn } from "@/lib/cn";
import type { Formatter } from "@/lib/format";
import { statusStyle } from "../status-style";
import { targetAt, targetText } from "./target-labels";

interface ChartTooltipProps extends Partial<Pick<TooltipContentProps, "active" | "payload">> {
  direction: KpiDirection;
  format: KpiValueFormat;
  formatter: Formatter;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}

/** One period in words: its value, the target it had, its status and the comment left with it. */
export function ChartTooltip({ active, payload, direction, format, formatter }: ChartTooltipProps) {
  const point = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !point) return null;
  const target = targetAt(point, direction);
  return (
    <div className="max-w-64 rounded-md border border-slate-300 bg-surface px-3 py-2 text-xs text-slate-800 shadow-md">
      <p className="mb-1 font-semibold text-slate-900">{point.label}</p>
      <dl className="flex flex-col gap-0.5">
        {!point.planned && <Row term="Value">{point.value === null ? "No value" : formatKpiNumber(point.value, format, formatter)}</Row>}
        <Row term={point.planned ? "Planned target" : "Target"}>{target ? targetText(target, format, formatter) : "None"}</Row>
        {point.forecast !== null && point.forecast !== undefined && point.value === null && (
          <Row term="Forecast">
            {formatKpiNumber(point.forecast, format, formatter)}
            {point.forecastBand && ` (80 %: ${formatKpiNumber(point.forecastBand[0], format, formatter)} to ${formatKpiNumber(point.forecastBand[1], format, formatter)})`}
          </Row>
        )}
        {point.status && (
          <Row term="Status">
            <span className="inline-flex items-center gap-1">
              <span aria-hidden className={cn("inline-block size-2 rounded-full", statusStyle(point.status).fill)} />
              {KPI_STATUS_LABELS[point.status]}
            </span>
          </Row>
        )}
      </dl>
      {point.comment && <p className="mt-1.5 border-t border-slate-200 pt-1.5 line-clamp-6 whitespace-pre-line break-words text-slate-800">“{point.comment}”</p>}
    </div>
  );
}
