"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from "recharts";
import type { Cadence } from "@tally/domain";
import { useFormatter } from "@/lib/format-context";
import { niceTicks, stepDecimals } from "../chart-data";
import { formatKpiNumber, type KpiValueFormat } from "../format-value";
import { CHART_COLORS } from "../chart/chart-colors";
import { CHART_FONT_SIZE, CHART_HEIGHT, CHART_MARGIN, MAX_Y_TICKS } from "../chart/chart-layout";
import { SIGNAL_COLORS, SIGNAL_DASHES } from "./signal-colors";
import { RULE_LABELS } from "./signal-words";
import type { KpiXmr } from "./types";


interface Row {
  period: string;
  value: number;
  rules: string[];
}

function SignalDot({ cx, cy, payload }: DotItemDotProps) {
  if (typeof cx !== "number" || typeof cy !== "number") return null;
  const flagged = (payload as Row).rules.length > 0;
  if (!flagged) return <circle cx={cx} cy={cy} r={3} fill={CHART_COLORS.value} />;
  // A flagged point is a larger diamond in the signal colour: it differs by shape as well as colour.
  return <path d={`M${cx} ${cy - 6} L${cx + 6} ${cy} L${cx} ${cy + 6} L${cx - 6} ${cy} Z`} fill={SIGNAL_COLORS.flagged} stroke={CHART_COLORS.surface} strokeWidth={1} />;
}

/** The XmR chart: values, centre line, natural process limits, two-sigma lines and the flagged points. */
export function SignalDrawing({ xmr, cadence, format }: { xmr: KpiXmr; cadence: Cadence; format: KpiValueFormat }) {
  const formatter = useFormatter();
  const rows: Row[] = xmr.points.map((point, index) => ({ period: xmr.periods[index]!, value: point.value, rules: point.rules }));
  const numbers = [...rows.map((row) => row.value), xmr.upperLimit, xmr.lowerLimit];
  const ticks = niceTicks(Math.min(...numbers), Math.max(...numbers), MAX_Y_TICKS);
  const decimals = stepDecimals((ticks[1] ?? 0) - (ticks[0] ?? 0));
  const formatTick = (value: number) => formatKpiNumber(value, { ...format, decimals }, formatter);
  const formatValue = (value: number) => formatKpiNumber(value, format, formatter);
  const lines = [
    { y: xmr.upperLimit, stroke: SIGNAL_COLORS.limit, dash: SIGNAL_DASHES.limit, label: `Upper limit ${formatValue(xmr.upperLimit)}` },
    { y: xmr.centre, stroke: SIGNAL_COLORS.centre, dash: undefined, label: `Centre ${formatValue(xmr.centre)}` },
    { y: xmr.lowerLimit, stroke: SIGNAL_COLORS.limit, dash: SIGNAL_DASHES.limit, label: `Lower limit ${formatValue(xmr.lowerLimit)}` },
  ];
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <ComposedChart data={rows} margin={CHART_MARGIN} title="Signal versus noise" desc="Values against their natural process limits; flagged points are diamonds.">
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis
          dataKey="period"
          tickFormatter={(period: string) => formatter.formatPeriod(period, cadence)}
          tick={{ fontSize: CHART_FONT_SIZE, fill: CHART_COLORS.text }}
          axisLine={{ stroke: CHART_COLORS.axis }}
          tickLine={{ stroke: CHART_COLORS.axis }}
          minTickGap={16}
        />
        <YAxis
          ticks={ticks}
          domain={ticks.length > 1 ? [ticks[0]!, ticks.at(-1)!] : ["auto", "auto"]}
          tick={{ fontSize: CHART_FONT_SIZE, fill: CHART_COLORS.text }}
          tickFormatter={formatTick}
          tickLine={false}
          axisLine={false}
          width={Math.max(...ticks.map((tick) => formatTick(tick).length), 1) * 7 + 8}
        />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const row = payload?.[0]?.payload as Row | undefined;
            if (!active || !row) return null;
            return (
              <div className="max-w-64 rounded-md border border-slate-300 bg-surface px-3 py-2 text-xs text-slate-800 shadow-md">
                <p className="font-semibold text-slate-900">{formatter.formatPeriod(row.period, cadence)}</p>
                <p>{formatValue(row.value)}</p>
                <p>{row.rules.length ? `Signal: ${row.rules.map((rule) => RULE_LABELS[rule as keyof typeof RULE_LABELS]).join(", ")}` : "Routine"}</p>
              </div>
            );
          }}
        />
        {[xmr.upperTwoSigma, xmr.lowerTwoSigma].map((y) => (
          <ReferenceLine key={y} y={y} stroke={SIGNAL_COLORS.twoSigma} strokeDasharray={SIGNAL_DASHES.twoSigma} />
        ))}
        {lines.map((line) => (
          <ReferenceLine
            key={line.label}
            y={line.y}
            stroke={line.stroke}
            strokeDasharray={line.dash}
            label={{ value: line.label, position: "insideTopRight", fontSize: CHART_FONT_SIZE, fill: CHART_COLORS.strongText, stroke: CHART_COLORS.surface, strokeWidth: 3, paintOrder: "stroke" }}
          />
        ))}
        <Line dataKey="value" type="linear" stroke={CHART_COLORS.value} strokeWidth={2} dot={SignalDot} activeDot={{ r: 5 }} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
