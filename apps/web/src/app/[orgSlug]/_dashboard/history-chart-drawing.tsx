"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { KPI_STATUS_LABELS, KPI_STATUSES } from "@tally/domain";
import { CHART_COLORS, fillClassColor } from "@/components/kpi/chart/chart-colors";
import { STATUS_STYLES } from "@/components/kpi/status-style";
import { useFormatter } from "@/lib/format-context";
import type { HistoryPoint } from "./history-points";

const COLORS = Object.fromEntries(KPI_STATUSES.map((status) => [status, fillClassColor(STATUS_STYLES[status].fill) ?? CHART_COLORS.text]));

/** Each month's mix of statuses as a bar of 100 %, oldest month first. */
export function HistoryChartDrawing({ points }: { points: HistoryPoint[] }) {
  const formatter = useFormatter();
  const percent = (share: number) => formatter.formatPercent(share.toFixed(0), { decimals: 0 });
  const data = points.map((point) => ({ label: point.label, ...point.shares }));
  return (
    <ResponsiveContainer width="100%" height={240}>
      {/* The drawing is hidden from assistive technology, which reads the summary and the table instead: no tab stop in it. */}
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap="18%" accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis dataKey="label" tick={{ fill: CHART_COLORS.text, fontSize: 11 }} stroke={CHART_COLORS.axis} interval="preserveStartEnd" />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={percent} tick={{ fill: CHART_COLORS.text, fontSize: 11 }} stroke={CHART_COLORS.axis} width={40} />
        <Tooltip
          cursor={{ fill: CHART_COLORS.grid, opacity: 0.4 }}
          // Top of the stack first, as the bar reads.
          itemSorter={(item) => -KPI_STATUSES.indexOf(item.dataKey as (typeof KPI_STATUSES)[number])}
          formatter={(value, name) => [percent(Number(value)), KPI_STATUS_LABELS[name as keyof typeof KPI_STATUS_LABELS] ?? String(name)]}
          contentStyle={{ background: CHART_COLORS.surface, borderColor: CHART_COLORS.axis, fontSize: 12 }}
        />
        {KPI_STATUSES.map((status) => (
          <Bar key={status} dataKey={status} stackId="status" fill={COLORS[status]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
