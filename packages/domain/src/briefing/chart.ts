/** One period of a briefing chart: its value (null when none was recorded) and the target in force then. */
export interface ChartPoint {
  value: number | null;
  /** The single target, or for a range KPI its bounds; null when the period had none. */
  target: number | null;
  targetMin?: number | null;
  targetMax?: number | null;
}

export interface ChartScale {
  min: number;
  max: number;
  /** Round values between min and max, both included, for the axis labels and grid lines. */
  ticks: number[];
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round step (1, 2, 2.5 or 5 times a power of ten) that covers `span` in at most `count` intervals. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = NICE_STEPS.find((candidate) => candidate * power >= raw * (1 - 1e-9)) ?? 10;
  return step * power;
}

/** Rounds away float noise such as 0.30000000000000004 so that tick labels read as typed. */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/**
 * The value axis of a chart: from a round number at or below the smallest value or target to one at or above the
 * largest, in round steps (about `count` of them). A flat series gets a band around its value; no data gives 0–1.
 */
export function chartScale(numbers: readonly (number | null | undefined)[], count = 4): ChartScale {
  const finite = numbers.filter((value): value is number => typeof value === "number" && Number.isFinite(value));
  if (finite.length === 0) return { min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low, count);
  const min = clean(Math.floor(low / step + 1e-9) * step);
  const max = clean(Math.ceil(high / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let index = 0; min + index * step <= max + step * 1e-9; index += 1) ticks.push(clean(min + index * step));
  return { min, max, ticks };
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room left of the plot for the axis labels and below it for the period labels. */
  left: number;
  bottom: number;
}

export interface ChartSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ChartGeometry {
  scale: ChartScale;
  /** The x of each period's centre. */
  xs: number[];
  /** Runs of consecutive recorded values, each as "x,y x,y …" for an SVG polyline; a missing value breaks the line. */
  lines: string[];
  /** Each recorded value's dot. */
  dots: { x: number; y: number }[];
  /** The target (or both range bounds) as a step over each period's width. */
  targetSteps: ChartSegment[];
  /** Horizontal grid lines with their value. */
  grid: { value: number; y: number }[];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Where every part of a values-and-targets line chart goes in a box, in the box's units (y grows downwards). */
export function chartGeometry(points: readonly ChartPoint[], box: ChartBox): ChartGeometry {
  const scale = chartScale(points.flatMap((point) => [point.value, point.target, point.targetMin, point.targetMax]));
  const plotWidth = Math.max(1, box.width - box.left);
  const plotHeight = Math.max(1, box.height - box.bottom);
  const slot = plotWidth / Math.max(1, points.length);
  const y = (value: number) => round(plotHeight - ((value - scale.min) / (scale.max - scale.min)) * plotHeight);
  const xs = points.map((_, index) => round(box.left + slot * (index + 0.5)));

  const lines: string[] = [];
  let run: string[] = [];
  const dots: { x: number; y: number }[] = [];
  points.forEach((point, index) => {
    if (point.value === null) {
      if (run.length) lines.push(run.join(" "));
      run = [];
      return;
    }
    const dot = { x: xs[index]!, y: y(point.value) };
    dots.push(dot);
    run.push(`${dot.x},${dot.y}`);
  });
  if (run.length) lines.push(run.join(" "));

  const targetSteps = points.flatMap((point, index) => {
    const x1 = round(box.left + slot * index);
    const x2 = round(box.left + slot * (index + 1));
    return [point.target, point.targetMin, point.targetMax]
      .filter((value): value is number => typeof value === "number" && Number.isFinite(value))
      .map((value) => ({ x1, y1: y(value), x2, y2: y(value) }));
  });
  return { scale, xs, lines, dots, targetSteps, grid: scale.ticks.map((value) => ({ value, y: y(value) })) };
}
