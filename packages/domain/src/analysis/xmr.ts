/**
 * XmR (individuals and moving range) process behaviour analysis after Wheeler: the centre line is the
 * baseline's mean, the natural process limits lie 2.66 average moving ranges either side (2.66 = 3 / d₂,
 * d₂ = 1.128 for ranges of two), and the two-sigma lines two thirds of the way out.
 *
 * Rules (each configurable, defaults as the product asks):
 * - beyond_limit: a point strictly outside a natural process limit;
 * - shift: `shiftRun` (8) or more points in a row strictly on one side of the centre line (a point on the
 *   line ends the run);
 * - trend: `trendRun` (6) or more points in a row each strictly above (or below) the one before;
 * - two_of_three: 2 of 3 consecutive points beyond the same two-sigma line (beyond the limit counts too).
 * Every point of a run is flagged, as the NHS "plot the dots" convention does.
 */

export const XMR_LIMIT_FACTOR = 2.66;
/** Moving ranges above 3.267 · mR̄ (the upper range limit, D₄ = 3.267) can be screened out of mR̄. */
export const XMR_RANGE_LIMIT_FACTOR = 3.267;
export const XMR_DEFAULT_SHIFT_RUN = 8;
export const XMR_DEFAULT_TREND_RUN = 6;

export const XMR_RULES = ["beyond_limit", "shift", "trend", "two_of_three"] as const;
export type XmrRule = (typeof XMR_RULES)[number];
export type SignalDirection = "up" | "down";

export interface XmrOptions {
  /** How many of the first points form the baseline window for the centre line and limits; all by default. */
  baseline?: number;
  shiftRun?: number;
  trendRun?: number;
  /** Leave moving ranges above 3.267 · mR̄ out of the average, so one outlier does not widen the limits. */
  screenMovingRanges?: boolean;
}

export interface XmrSignal {
  rule: XmrRule;
  direction: SignalDirection;
  /** Indexes of the first and last point of the episode (inclusive). */
  start: number;
  end: number;
}

export interface XmrPoint {
  value: number;
  /** |value − previous value|; null for the first point. */
  movingRange: number | null;
  rules: XmrRule[];
}

export interface XmrResult {
  baseline: number;
  centre: number;
  averageMovingRange: number;
  upperLimit: number;
  lowerLimit: number;
  upperTwoSigma: number;
  lowerTwoSigma: number;
  shiftRun: number;
  trendRun: number;
  points: XmrPoint[];
  /** Every rule episode, oldest first. */
  signals: XmrSignal[];
}

function assertRun(name: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) throw new Error(`${name} must be a whole number of at least ${minimum}, not ${value}.`);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Maximal runs of `length` or more consecutive indexes for which `step(i)` gives the same direction. */
function runs(count: number, length: number, step: (index: number) => SignalDirection | null, rule: XmrRule, from = 0): XmrSignal[] {
  const found: XmrSignal[] = [];
  let start = from;
  let current: SignalDirection | null = null;
  const close = (end: number) => {
    if (current && end - start + 1 >= length) found.push({ rule, direction: current, start, end });
  };
  for (let i = from; i < count; i += 1) {
    const direction = step(i);
    if (direction !== current || direction === null) {
      close(i - 1);
      start = i;
      current = direction;
    }
  }
  close(count - 1);
  return found;
}

/** The centre line, limits and rule episodes of `values` (in period order). Null with fewer than 2 values. */
export function xmrAnalysis(values: readonly number[], options: XmrOptions = {}): XmrResult | null {
  for (const value of values) if (!Number.isFinite(value)) throw new Error(`An XmR analysis needs finite values, not ${value}.`);
  const shiftRun = options.shiftRun ?? XMR_DEFAULT_SHIFT_RUN;
  const trendRun = options.trendRun ?? XMR_DEFAULT_TREND_RUN;
  assertRun("The shift run", shiftRun, 2);
  assertRun("The trend run", trendRun, 3);
  if (values.length < 2) return null;
  const baseline = options.baseline ?? values.length;
  if (!Number.isInteger(baseline) || baseline < 2 || baseline > values.length) {
    throw new Error(`The baseline is a whole number of points from 2 to ${values.length}, not ${baseline}.`);
  }

  const base = values.slice(0, baseline);
  const centre = mean(base);
  let ranges = base.slice(1).map((value, i) => Math.abs(value - base[i]!));
  let averageMovingRange = mean(ranges);
  if (options.screenMovingRanges) {
    ranges = ranges.filter((range) => range < XMR_RANGE_LIMIT_FACTOR * averageMovingRange);
    averageMovingRange = ranges.length > 0 ? mean(ranges) : 0;
  }
  const spread = XMR_LIMIT_FACTOR * averageMovingRange;
  const upperLimit = centre + spread;
  const lowerLimit = centre - spread;
  const upperTwoSigma = centre + (2 / 3) * spread;
  const lowerTwoSigma = centre - (2 / 3) * spread;

  const side = (i: number): SignalDirection | null => (values[i]! > centre ? "up" : values[i]! < centre ? "down" : null);
  const beyondTwoSigma = (i: number): SignalDirection | null =>
    values[i]! > upperTwoSigma ? "up" : values[i]! < lowerTwoSigma ? "down" : null;

  const signals: XmrSignal[] = [];
  for (let i = 0; i < values.length; i += 1) {
    if (values[i]! > upperLimit) signals.push({ rule: "beyond_limit", direction: "up", start: i, end: i });
    if (values[i]! < lowerLimit) signals.push({ rule: "beyond_limit", direction: "down", start: i, end: i });
  }
  signals.push(...runs(values.length, shiftRun, side, "shift"));
  // A trend is a run of steps: step i compares point i with point i − 1, so a run of k steps spans k + 1 points.
  const steps = runs(
    values.length,
    trendRun - 1,
    (i) => (values[i]! > values[i - 1]! ? "up" : values[i]! < values[i - 1]! ? "down" : null),
    "trend",
    1,
  );
  signals.push(...steps.map((episode) => ({ ...episode, start: episode.start - 1 })));
  signals.push(...twoOfThree(values.length, beyondTwoSigma));
  signals.sort((a, b) => a.start - b.start || a.end - b.end);

  const points: XmrPoint[] = values.map((value, i) => ({
    value,
    movingRange: i === 0 ? null : Math.abs(value - values[i - 1]!),
    rules: [],
  }));
  for (const signal of signals) {
    for (let i = signal.start; i <= signal.end; i += 1) {
      if (signal.rule === "two_of_three" && beyondTwoSigma(i) !== signal.direction) continue;
      const rules = points[i]!.rules;
      if (!rules.includes(signal.rule)) rules.push(signal.rule);
    }
  }
  for (const point of points) point.rules.sort((a, b) => XMR_RULES.indexOf(a) - XMR_RULES.indexOf(b));

  return {
    baseline,
    centre,
    averageMovingRange,
    upperLimit,
    lowerLimit,
    upperTwoSigma,
    lowerTwoSigma,
    shiftRun,
    trendRun,
    points,
    signals,
  };
}

/**
 * Episodes of 2 of 3 consecutive points beyond the same two-sigma line; overlapping windows merge into one
 * episode from its first to its last flagged point.
 */
function twoOfThree(count: number, beyond: (index: number) => SignalDirection | null): XmrSignal[] {
  const found: XmrSignal[] = [];
  for (const direction of ["up", "down"] as const) {
    let open: XmrSignal | null = null;
    for (let i = 0; i + 2 < count || (i === 0 && count === 2); i += 1) {
      const window = [i, i + 1, i + 2].filter((j) => j < count && beyond(j) === direction);
      if (window.length < 2) continue;
      const start = window[0]!;
      const end = window[window.length - 1]!;
      if (open && start <= open.end) open.end = Math.max(open.end, end);
      else {
        open = { rule: "two_of_three", direction, start, end };
        found.push(open);
      }
    }
  }
  return found;
}
