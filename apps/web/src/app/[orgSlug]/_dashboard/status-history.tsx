"use client";

import dynamic from "next/dynamic";
import { KPI_STATUS_LABELS, KPI_STATUSES } from "@tally/domain";
import { STATUS_STYLES } from "@/components/kpi/status-style";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { HistoryPoint } from "./history-points";

const HistoryChartDrawing = dynamic(() => import("./history-chart-drawing").then((module) => module.HistoryChartDrawing), {
  ssr: false,
  loading: () => <Skeleton className="h-60 w-full" />,
});

/**
 * The share of KPIs in each status over the last twelve months. The drawing is for the eye; the summary and the
 * table under it (read by screen readers, and on request by anyone) say the same in words and numbers.
 */
export function StatusHistory({ points, summary }: { points: HistoryPoint[]; summary: string }) {
  return (
    <Card>
      <h2 id="history-heading" className="text-base font-semibold">
        Status over the last 12 months
      </h2>
      <p id="history-summary" className="mt-1 text-sm text-slate-600">
        {summary}
      </p>
      <figure aria-labelledby="history-heading" aria-describedby="history-summary" className="mt-3">
        <div aria-hidden="true">
          <HistoryChartDrawing points={points} />
        </div>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-hidden="true">
          {KPI_STATUSES.map((status) => (
            <li key={status} className="flex items-center gap-1.5">
              <span className={`inline-block size-2.5 rounded-sm ${STATUS_STYLES[status].fill}`} />
              {KPI_STATUS_LABELS[status]}
            </li>
          ))}
        </ul>
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-slate-700">Show the numbers</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-xs tabular-nums">
              <caption className="sr-only">KPIs in each status at the end of each month</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Month
                  </th>
                  {KPI_STATUSES.map((status) => (
                    <th key={status} scope="col" className="px-2 py-1 text-right font-medium">
                      {KPI_STATUS_LABELS[status]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.month} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {point.label}
                    </th>
                    {KPI_STATUSES.map((status) => (
                      <td key={status} className="px-2 py-1 text-right">
                        {point.counts[status]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figure>
    </Card>
  );
}
