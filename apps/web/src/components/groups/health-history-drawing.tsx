"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { KPI_STATUS_LABELS, KPI_STATUSES } from "@tally/domain";
import { CHART_COLORS, fillClassColor } from "@/components/kpi/chart/chart-colors";
import { STATUS_STYLES } from "@/components/kpi/status-style";
import { useFormatter } from "@/lib/format-context";
import { formatHealthValue, type HealthHistoryMode, type HealthHistoryMonth } from "./health-history-data";

const FONT_SIZE = 12;

/** The months as stacked bars, one segment per status; the figure around it carries the words and the table. */
export function HealthHistoryDrawing({ months, mode }: { months: HealthHistoryMonth[]; mode: HealthHistoryMode }) {
  const formatter = useFormatter();
  const data = months.map((month) => ({ label: month.label, ...month.values }));
  const format = (value: number) => formatHealthValue(value, mode, formatter);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis dataKey="label" tick={{ fontSize: FONT_SIZE, fill: CHART_COLORS.text }} stroke={CHART_COLORS.axis} interval="preserveStartEnd" />
        <YAxis
          tick={{ fontSize: FONT_SIZE, fill: CHART_COLORS.text }}
          stroke={CHART_COLORS.axis}
          allowDecimals={mode === "share"}
          domain={mode === "share" ? [0, 1] : [0, "auto"]}
          tickFormatter={format}
          width={44}
        />
        <Tooltip
          formatter={(value, name) => [format(Number(value)), KPI_STATUS_LABELS[name as keyof typeof KPI_STATUS_LABELS] ?? String(name)]}
          contentStyle={{ fontSize: FONT_SIZE, background: CHART_COLORS.surface, borderColor: CHART_COLORS.axis, color: CHART_COLORS.strongText }}
          cursor={{ fill: CHART_COLORS.grid, opacity: 0.4 }}
        />
        {KPI_STATUSES.map((status) => (
          <Bar key={status} dataKey={status} stackId="health" fill={fillClassColor(STATUS_STYLES[status].fill) ?? CHART_COLORS.axis} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
