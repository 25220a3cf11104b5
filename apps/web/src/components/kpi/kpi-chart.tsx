"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { KpiDirection } from "@tally/domain";
import type { ChartPoint } from "./chart-data";
import { formatKpiNumber, type KpiValueFormat } from "./format-value";

interface KpiChartProps {
  points: readonly ChartPoint[];
  direction: KpiDirection;
  format: KpiValueFormat;
  benchmark: { value: number; source: string | null } | null;
  /** The id of the table that lists the same values, for readers who cannot see the chart. */
  tableId: string;
}

const COLORS = {
  value: "#4338ca",
  target: "#334155",
  atRisk: "#f59e0b",
  onTrack: "#10b981",
  benchmark: "#7c3aed",
};

function tooltipValue(value: unknown, format: KpiValueFormat): string {
  if (Array.isArray(value)) return value.map((part) => (typeof part === "number" ? formatKpiNumber(part, format) : "—")).join(" – ");
  return typeof value === "number" ? formatKpiNumber(value, format) : "—";
}

/** Values over time against the target schedule, the threshold band and the benchmark. */
export function KpiChart({ points, direction, format, benchmark, tableId }: KpiChartProps) {
  const range = direction === "range";
  return (
    <figure aria-describedby={tableId}>
      <figcaption className="sr-only">
        Values per period with the target {range ? "band" : "line"}
        {benchmark ? " and the benchmark" : ""}. The table of check-ins lists every value.
      </figcaption>
      <div className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points as ChartPoint[]} margin={{ top: 12, right: 16, bottom: 4, left: 8 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#475569" }} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} minTickGap={16} />
            <YAxis
              tick={{ fontSize: 12, fill: "#475569" }}
              tickLine={false}
              axisLine={false}
              width="auto"
              // Around the data, not from zero: a KPI moves in a narrow band and a zero floor flattens it.
              domain={["auto", "auto"]}
              tickFormatter={(value: number) => formatKpiNumber(value, format)}
            />
            <Tooltip formatter={(value) => tooltipValue(value, format)} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {range && (
              <Area dataKey="tolerance" name="Tolerance (at risk)" type="stepAfter" stroke="none" fill={COLORS.atRisk} fillOpacity={0.18} isAnimationActive={false} connectNulls />
            )}
            <Area
              dataKey="band"
              name={range ? "Target band (on track)" : "Warning to target (at risk)"}
              type="stepAfter"
              stroke="none"
              fill={range ? COLORS.onTrack : COLORS.atRisk}
              fillOpacity={0.22}
              isAnimationActive={false}
              connectNulls
            />
            {range ? (
              <>
                <Line dataKey="targetMin" name="Minimum" type="stepAfter" stroke={COLORS.target} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
                <Line dataKey="targetMax" name="Maximum" type="stepAfter" stroke={COLORS.target} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
              </>
            ) : (
              <Line dataKey="target" name="Target" type="stepAfter" stroke={COLORS.target} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            )}
            <Line dataKey="value" name="Value" type="linear" stroke={COLORS.value} strokeWidth={2} dot={{ r: 3 }} activeDot={{ r: 5 }} isAnimationActive={false} />
            {benchmark && (
              <ReferenceLine
                y={benchmark.value}
                stroke={COLORS.benchmark}
                strokeDasharray="2 3"
                ifOverflow="extendDomain"
                label={{ value: `Benchmark ${formatKpiNumber(benchmark.value, format)}`, position: "insideTopRight", fontSize: 11, fill: COLORS.benchmark }}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
