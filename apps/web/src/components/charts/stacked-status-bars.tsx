"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { KPI_STATUS_LABELS, KPI_STATUSES, type KpiStatus } from "@tally/domain";
import { CHART_COLORS, fillClassColor } from "@/components/kpi/chart/chart-colors";
import { STATUS_STYLES } from "@/components/kpi/status-style";

const FONT_SIZE = 12;
const COLORS = Object.fromEntries(KPI_STATUSES.map((status) => [status, fillClassColor(STATUS_STYLES[status].fill) ?? CHART_COLORS.axis])) as Record<KpiStatus, string>;

export interface StatusBarRow {
  /** "Nov 2026", in the reader's format. */
  label: string;
  values: Record<KpiStatus, number>;
}

interface StackedStatusBarsProps {
  rows: readonly StatusBarRow[];
  /** How a value reads on the axis and in the tooltip. */
  format: (value: number) => string;
  domain: [number, number | "auto"];
  ticks?: number[];
  allowDecimals?: boolean;
}

/**
 * Months as stacked bars, one segment per status, oldest first. The drawing is for the eye: the figure around it
 * carries the words and a table of the same numbers, so it is hidden from assistive technology and has no tab stop.
 */
export function StackedStatusBars({ rows, format, domain, ticks, allowDecimals = true }: StackedStatusBarsProps) {
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 4 }} barCategoryGap="18%" accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis dataKey="label" tick={{ fontSize: FONT_SIZE, fill: CHART_COLORS.text }} stroke={CHART_COLORS.axis} interval="preserveStartEnd" />
        <YAxis
          domain={domain}
          ticks={ticks}
          allowDecimals={allowDecimals}
          tickFormatter={format}
          tick={{ fontSize: FONT_SIZE, fill: CHART_COLORS.text }}
          stroke={CHART_COLORS.axis}
          width={44}
        />
        <Tooltip
          cursor={{ fill: CHART_COLORS.grid, opacity: 0.4 }}
          // Top of the stack first, as the bar reads.
          itemSorter={(item) => -KPI_STATUSES.indexOf(item.dataKey as KpiStatus)}
          formatter={(value, name) => [format(Number(value)), KPI_STATUS_LABELS[name as KpiStatus] ?? String(name)]}
          contentStyle={{ fontSize: FONT_SIZE, background: CHART_COLORS.surface, borderColor: CHART_COLORS.axis, color: CHART_COLORS.strongText }}
        />
        {KPI_STATUSES.map((status) => (
          <Bar key={status} dataKey={status} stackId="status" fill={COLORS[status]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
