"use client";

import dynamic from "next/dynamic";
import { KPI_STATUS_LABELS, KPI_STATUSES } from "@tally/domain";
import { STATUS_STYLES } from "@/components/kpi/status-style";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/cn";
import { useFormatter } from "@/lib/format-context";
import { formatHealthValue, healthHistorySummary, type HealthHistoryMode, type HealthHistoryMonth } from "./health-history-data";

// The chart library loads only where a chart is drawn, and only in the browser (it measures its container).
const HealthHistoryDrawing = dynamic(() => import("./health-history-drawing").then((module) => module.HealthHistoryDrawing), {
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
  const tableId = `${id}-table`;
  return (
    <figure aria-labelledby={summaryId}>
      <div role="img" aria-labelledby={summaryId} className="h-64 w-full">
        <HealthHistoryDrawing months={months} mode={mode} />
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
        {KPI_STATUSES.map((status) => (
          <li key={status} className="inline-flex items-center gap-1.5">
            <span aria-hidden className={cn("inline-block size-2.5 rounded-sm", STATUS_STYLES[status].fill)} />
            {KPI_STATUS_LABELS[status]}
          </li>
        ))}
      </ul>
      <figcaption className="mt-2 text-sm text-slate-700">
        <p id={summaryId}>{healthHistorySummary(months, mode, formatter)}</p>
        <p className="text-xs text-slate-500">Each bar is a month&apos;s {unitLabel}, each KPI judged as it stood at that month&apos;s end.</p>
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-slate-900 underline underline-offset-2">View the data as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table id={tableId} className="w-full text-left text-xs">
            <caption className="sr-only">Health by month, {unitLabel}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Month
                </th>
                {KPI_STATUSES.map((status) => (
                  <th key={status} scope="col" className="py-1 pr-3 text-right font-medium">
                    {KPI_STATUS_LABELS[status]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.month} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {month.label}
                  </th>
                  {KPI_STATUSES.map((status) => (
                    <td key={status} className="py-1 pr-3 text-right tabular-nums">
                      {formatHealthValue(month.values[status], mode, formatter)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
