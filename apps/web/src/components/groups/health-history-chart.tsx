"use client";

import dynamic from "next/dynamic";
import { StatusHistoryTable } from "@/components/charts/status-history-table";
import { StatusLegend } from "@/components/charts/status-legend";
import { Skeleton } from "@/components/ui/skeleton";
import { useFormatter } from "@/lib/format-context";
import { formatHealthValue, healthHistorySummary, type HealthHistoryMode, type HealthHistoryMonth } from "./health-history-data";

// The chart library loads only where a chart is drawn, and only in the browser (it measures its container).
const StackedStatusBars = dynamic(() => import("@/components/charts/stacked-status-bars").then((module) => module.StackedStatusBars), {
  ssr: false,
  loading: () => <Skeleton className="h-64 w-full" />,
});

interface HealthHistoryChartProps {
  id: string;
  months: HealthHistoryMonth[];
  mode: HealthHistoryMode;
  /** What a bar stands for, said once under the chart: "KPIs" or "share of the weight". */
  unitLabel: string;
}

/**
 * Health over the last twelve months as stacked bars by status, with a sentence and a table of the same figures
 * for readers who cannot see the drawing.
 */
export function HealthHistoryChart({ id, months, mode, unitLabel }: HealthHistoryChartProps) {
  const formatter = useFormatter();
  const summaryId = `${id}-summary`;
  const format = (value: number) => formatHealthValue(value, mode, formatter);
  return (
    <figure aria-labelledby={summaryId}>
      <div role="img" aria-labelledby={summaryId} className="h-64 w-full">
        <StackedStatusBars rows={months} format={format} domain={mode === "share" ? [0, 1] : [0, "auto"]} allowDecimals={mode === "share"} />
      </div>
      <StatusLegend />
      <figcaption className="mt-2 text-sm text-slate-700">
        <p id={summaryId}>{healthHistorySummary(months, mode, formatter)}</p>
        <p className="text-xs text-slate-500">Each bar is a month&apos;s {unitLabel}, each KPI judged as it stood at that month&apos;s end.</p>
      </figcaption>
      <StatusHistoryTable
        opener="View the data as a table"
        caption={`Health by month, ${unitLabel}`}
        rows={months.map((month) => ({ key: month.month, label: month.label, values: month.values }))}
        format={format}
      />
    </figure>
  );
}
