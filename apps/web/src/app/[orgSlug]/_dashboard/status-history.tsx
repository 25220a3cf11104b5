"use client";

import dynamic from "next/dynamic";
import { StatusHistoryTable } from "@/components/charts/status-history-table";
import { StatusLegend } from "@/components/charts/status-legend";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useFormatter } from "@/lib/format-context";
import type { HistoryPoint } from "./history-points";

// The chart library loads only where a chart is drawn, and only in the browser (it measures its container).
const StackedStatusBars = dynamic(() => import("@/components/charts/stacked-status-bars").then((module) => module.StackedStatusBars), {
  ssr: false,
  loading: () => <Skeleton className="h-60 w-full" />,
});

/**
 * The share of KPIs in each status over the last twelve months. The drawing is for the eye; the summary and the
 * table under it (read by screen readers, and on request by anyone) say the same in words and numbers.
 */
export function StatusHistory({ points, summary }: { points: HistoryPoint[]; summary: string }) {
  const formatter = useFormatter();
  const percent = (share: number) => formatter.formatPercent(share.toFixed(0), { decimals: 0 });
  return (
    <Card>
      <h2 id="history-heading" className="text-base font-semibold">
        Status over the last 12 months
      </h2>
      <p id="history-summary" className="mt-1 text-sm text-slate-600">
        {summary}
      </p>
      <figure aria-labelledby="history-heading" aria-describedby="history-summary" className="mt-3">
        <div aria-hidden="true" className="h-60 w-full">
          <StackedStatusBars
            rows={points.map((point) => ({ label: point.label, values: point.shares }))}
            format={percent}
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
          />
        </div>
        <StatusLegend />
        <StatusHistoryTable
          opener="Show the numbers"
          caption="KPIs in each status at the end of each month"
          rows={points.map((point) => ({ key: point.month, label: point.label, values: point.counts }))}
          format={(count) => formatter.formatNumber(count, { decimals: 0 })}
        />
      </figure>
    </Card>
  );
}
