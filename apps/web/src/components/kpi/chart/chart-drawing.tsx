"use client";

import { useState } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps, type XAxisTickContentProps } from "recharts";
import type { KpiDirection } from "@tally/domain";
import { useFormatter } from "@/lib/format-context";
import { niceTicks, stepDecimals, valueRange, type ChartPoint } from "../chart-data";
import { formatKpiNumber, type KpiValueFormat } from "../format-value";
import { isLabelledTick, TICK_CHAR_WIDTH, tickLabelStep, tickLabelWidth } from "./axis-labels";
import { CHART_COLORS, DASHES, ZONE_OPACITY } from "./chart-colors";
import { CHART_FONT_SIZE, CHART_HEIGHT, CHART_MARGIN, MAX_Y_TICKS } from "./chart-layout";
import { ChartTooltip } from "./chart-tooltip";
import { CommentMarker } from "./comment-marker";
import { targetLabels } from "./target-labels";

export interface ChartDrawingProps {
  points: ChartPoint[];
  direction: KpiDirection;
  format: KpiValueFormat;
  baseline: number | null;
  benchmark: number | null;
}

const LINE_HEIGHT = 14;
/** Until the container reports its width, plan the labels for a phone. */
const ASSUMED_WIDTH = 340;

/** Text drawn over lines and zones gets a halo in the card's colour so it stays readable. */
const HALO = { stroke: CHART_COLORS.surface, strokeWidth: 3, paintOrder: "stroke" } as const;

function ValueDot({ cx, cy, payload }: DotItemDotProps) {
  if (typeof cx !== "number" || typeof cy !== "number") return null;
  const point = payload as ChartPoint;
  if (point.comment) return <CommentMarker cx={cx} cy={cy} note={point.note ?? null} />;
  return <circle cx={cx} cy={cy} r={3} fill={CHART_COLORS.value} />;
}

/** The values over time against the target schedule, its zones, the baseline and the benchmark. */
export function ChartDrawing({ points, direction, format, baseline, benchmark }: ChartDrawingProps) {
  const [width, setWidth] = useState<number | null>(null);
  const formatter = useFormatter();
  const range = direction === "range";

  // Round-number rows that take in every value, target, zone and reference line.
  const extent = valueRange(points, [baseline, benchmark]);
  const yTicks = extent ? niceTicks(extent[0], extent[1], MAX_Y_TICKS) : [];
  const yDecimals = stepDecimals((yTicks[1] ?? 0) - (yTicks[0] ?? 0));
  const formatTick = (value: number) => formatKpiNumber(value, { ...format, decimals: yDecimals }, formatter);
  const yAxisWidth = Math.max(...yTicks.map((tick) => formatTick(tick).length), 1) * TICK_CHAR_WIDTH + 8;

  // Every period keeps its tick; labels go on every period, or on every n-th counted back from the newest.
  const labelWidth = tickLabelWidth(points.map((point) => point.tick));
  const sidePadding = Math.ceil(labelWidth / 2);
  const axisWidth = (width ?? ASSUMED_WIDTH) - CHART_MARGIN.left - CHART_MARGIN.right - yAxisWidth - 2 * sidePadding;
  const step = tickLabelStep(points.length, labelWidth, axisWidth);
  const ticksByPeriod = new Map(points.map((point, index) => [point.periodStart, { lines: point.tick, index }]));
  const tickLines = Math.max(1, ...points.map((point) => point.tick.length));

  // Target labels keep a label's width apart; one near the right edge ends at its step instead of starting there.
  const spacing = points.length > 1 ? axisWidth / (points.length - 1) : axisWidth;
  const targetTextWidth = Math.max(0, ...targetLabels(points, direction, format, formatter, { maxLabels: points.length }).map((label) => label.text.length)) * TICK_CHAR_WIDTH;
  const labels = targetLabels(points, direction, format, formatter, { minSpacing: Math.ceil((targetTextWidth + 8) / Math.max(spacing, 1)) });
  const roomToTheRight = (index: number) => (points.length - 1 - index) * spacing + sidePadding + CHART_MARGIN.right;

  const hasPlanned = points.some((point) => point.planned);
  const hasForecast = points.some((point) => point.forecast !== null && point.forecast !== undefined);

  function renderTick({ x, y, payload }: XAxisTickContentProps) {
    const tick = ticksByPeriod.get(String(payload.value));
    if (!tick || !isLabelledTick(tick.index, points.length, step)) return <g />;
    return (
      <text x={x} y={y} dy={4} textAnchor="middle" fontSize={CHART_FONT_SIZE} fill={CHART_COLORS.text}>
        {tick.lines.map((line, index) => (
          <tspan key={index} x={x} dy={index === 0 ? 10 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }

  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT} onResize={(next) => setWidth(next)}>
      <ComposedChart data={points} margin={CHART_MARGIN} title="Values per period" desc="Use the arrow keys to move from period to period.">
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis
          dataKey="periodStart"
          interval={0}
          tick={renderTick}
          tickLine={{ stroke: CHART_COLORS.axis }}
          tickSize={4}
          axisLine={{ stroke: CHART_COLORS.axis }}
          height={tickLines * LINE_HEIGHT + 14}
          padding={{ left: sidePadding, right: sidePadding }}
        />
        <YAxis
          ticks={yTicks}
          domain={yTicks.length > 1 ? [yTicks[0] ?? "auto", yTicks.at(-1) ?? "auto"] : ["auto", "auto"]}
          interval={0}
          tick={{ fontSize: CHART_FONT_SIZE, fill: CHART_COLORS.text }}
          tickLine={false}
          axisLine={false}
          width={yAxisWidth}
          tickFormatter={formatTick}
        />
        <Tooltip content={(props) => <ChartTooltip active={props.active} payload={props.payload} direction={direction} format={format} formatter={formatter} />} cursor={{ stroke: CHART_COLORS.axis }} isAnimationActive={false} />
        {range && (
          <Area dataKey="tolerance" type="stepAfter" stroke="none" fill={CHART_COLORS.atRisk} fillOpacity={ZONE_OPACITY.atRisk} activeDot={false} isAnimationActive={false} connectNulls />
        )}
        <Area
          dataKey="band"
          type="stepAfter"
          stroke="none"
          fill={range ? CHART_COLORS.onTrack : CHART_COLORS.atRisk}
          fillOpacity={range ? ZONE_OPACITY.onTrack : ZONE_OPACITY.atRisk}
          activeDot={false}
          isAnimationActive={false}
          connectNulls
        />
        {baseline !== null && (
          <ReferenceLine
            y={baseline}
            stroke={CHART_COLORS.baseline}
            strokeDasharray={DASHES.baseline}
            label={{ value: `Baseline ${formatKpiNumber(baseline, format, formatter)}`, position: "insideBottomLeft", fontSize: CHART_FONT_SIZE, fill: CHART_COLORS.text, ...HALO }}
          />
        )}
        {benchmark !== null && (
          <ReferenceLine
            y={benchmark}
            stroke={CHART_COLORS.benchmark}
            strokeDasharray={DASHES.benchmark}
            label={{ value: `Benchmark ${formatKpiNumber(benchmark, format, formatter)}`, position: "insideBottomRight", fontSize: CHART_FONT_SIZE, fill: CHART_COLORS.benchmark, ...HALO }}
          />
        )}
        {(range ? ["targetMin", "targetMax"] : ["target"]).map((key) => (
          <Line key={key} dataKey={key} type="stepAfter" stroke={CHART_COLORS.target} strokeWidth={1.5} dot={false} activeDot={false} isAnimationActive={false} />
        ))}
        {hasPlanned &&
          (range ? ["plannedTargetMin", "plannedTargetMax"] : ["plannedTarget"]).map((key) => (
            <Line
              key={key}
              dataKey={key}
              type="stepAfter"
              stroke={CHART_COLORS.target}
              strokeWidth={1.5}
              strokeDasharray={DASHES.planned}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
             
            />
          ))}
        {hasForecast && (
          <Area dataKey="forecastBand" type="linear" stroke="none" fill={CHART_COLORS.value} fillOpacity={ZONE_OPACITY.forecast} activeDot={false} isAnimationActive={false} />
        )}
        {hasForecast && (
          <Line dataKey="forecast" type="linear" stroke={CHART_COLORS.value} strokeWidth={2} strokeDasharray={DASHES.forecast} dot={false} activeDot={false} isAnimationActive={false} />
        )}
        <Line dataKey="value" type="linear" stroke={CHART_COLORS.value} strokeWidth={2} dot={ValueDot} activeDot={{ r: 5, fill: CHART_COLORS.value, stroke: CHART_COLORS.surface }} isAnimationActive={false} />
        {labels.map((label) => (
          <ReferenceDot
            key={label.periodStart}
            x={label.periodStart}
            y={label.y}
            r={0}
            ifOverflow="visible"
            shape={({ cx, cy }) => (
              <text
                x={cx}
                y={(cy ?? 0) - 6}
                textAnchor={roomToTheRight(label.index) >= label.text.length * TICK_CHAR_WIDTH ? "start" : "end"}
                fontSize={CHART_FONT_SIZE}
                fontWeight={600}
                fill={CHART_COLORS.strongText}
                {...HALO}
              >
                {label.text}
              </text>
            )}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
