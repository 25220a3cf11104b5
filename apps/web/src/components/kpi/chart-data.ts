import {
  compareIsoDates,
  currentPeriodStart,
  nextPeriodStart,
  periodStart,
  previousPeriodStart,
  targetFor,
  type Cadence,
  type KpiDirection,
  type PeriodStatus,
  type TargetEntry,
} from "@tally/domain";
import type { Formatter } from "@/lib/format";
import { periodTickLines } from "./chart/axis-labels";
import { statusOfPeriod } from "./period-status";

export interface ChartPoint {
  periodStart: string;
  /** The period in full, in the organization's format: "Mar 2026", "Week of Mar 9, 2026", "März 2026". */
  label: string;
  /** The same in lines short enough to sit under an axis tick: ["Mar", "2026"]. */
  tick: string[];
  value: number | null;
  /** The value's status against the target of its period; null without a value or a usable target. */
  status: PeriodStatus | null;
  /** What the person who recorded the value said about it. */
  comment: string | null;
  /** A period still ahead: it shows the planned target only. */
  planned: boolean;
  /** The target line (increase/decrease) up to now. */
  target: number | null;
  /** The edges of the band (range) up to now. */
  targetMin: number | null;
  targetMax: number | null;
  /** The same ahead of now (and at the last period so far, so the two lines join), drawn dashed. */
  plannedTarget: number | null;
  plannedTargetMin: number | null;
  plannedTargetMax: number | null;
  /** Increase/decrease: between warning and target, "at risk". Range: the band itself, "on track". */
  band: [number, number] | null;
  /** Range only: the tolerance around the band, "at risk". */
  tolerance: [number, number] | null;
  /** The forecast line and its 80 % prediction band, from the last value on (see withForecast). */
  forecast?: number | null;
  forecastBand?: [number, number] | null;
  /** The number of the comment's note under the chart (see withAnnotations). */
  note?: number | null;
}

export interface ChartInput {
  checkIns: readonly { periodStart: string; value: string; comment?: string | null }[];
  schedule: readonly TargetEntry[];
  direction: KpiDirection;
  cadence: Cadence;
  weekStart: number;
  endDate: string | null;
  /** Today on the organization's calendar (getOrgToday): where "so far" ends and "planned" begins. */
  today: string;
}

/** Enough periods to read a trend; the check-ins table below the chart lists the values in full. */
export const MAX_CHART_POINTS = 60;

function later(a: string, b: string): string {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** Ahead of now the chart shows at most this many periods, or as many as it shows behind, whichever is more. */
export const MIN_PLANNED_PERIODS = 12;

/** Every period from the oldest value shown up to now (or the KPI's end), newest last; gaps stay gaps. */
function periodsSoFar(input: ChartInput): string[] {
  const starts = input.checkIns.map((checkIn) => checkIn.periodStart).sort(compareIsoDates);
  const first = starts[0];
  const newest = starts[starts.length - 1];
  if (!first || !newest) return [];
  let last = currentPeriodStart(input.today, input.cadence, input.weekStart);
  if (input.endDate && compareIsoDates(input.endDate, input.today) < 0) last = periodStart(input.endDate, input.cadence, input.weekStart);
  last = later(last, newest);
  const periods: string[] = [];
  for (let period = last; compareIsoDates(period, first) >= 0 && periods.length < MAX_CHART_POINTS; ) {
    periods.push(period);
    period = previousPeriodStart(period, input.cadence, input.weekStart);
  }
  return periods.reverse();
}

/** The first period a schedule entry applies to: targets change at period starts, never inside a period. */
function firstPeriodFrom(date: string, input: ChartInput): string {
  const start = periodStart(date, input.cadence, input.weekStart);
  return start === date ? start : nextPeriodStart(date, input.cadence, input.weekStart);
}

/**
 * Where the planned target ends: the KPI's end, or without one the period after the last scheduled
 * change, so that its step shows as a level and not as a bare jump at the edge. Null when nothing lies ahead.
 */
function plannedHorizon(input: ChartInput, lastSoFar: string): string | null {
  if (input.endDate) {
    const end = periodStart(input.endDate, input.cadence, input.weekStart);
    return compareIsoDates(end, lastSoFar) > 0 ? end : null;
  }
  const changes = input.schedule.map((entry) => firstPeriodFrom(entry.effectiveFrom, input)).filter((period) => compareIsoDates(period, lastSoFar) > 0);
  const lastChange = changes.sort(compareIsoDates).at(-1);
  return lastChange ? nextPeriodStart(lastChange, input.cadence, input.weekStart) : null;
}

/** The periods after the last one so far, up to the horizon; never more than the chart shows behind (or a year of months). */
function plannedPeriods(input: ChartInput, soFar: readonly string[]): string[] {
  const lastSoFar = soFar.at(-1);
  if (!lastSoFar) return [];
  const horizon = plannedHorizon(input, lastSoFar);
  if (!horizon) return [];
  const limit = Math.max(MIN_PLANNED_PERIODS, soFar.length);
  const periods: string[] = [];
  for (let period = nextPeriodStart(lastSoFar, input.cadence, input.weekStart); compareIsoDates(period, horizon) <= 0 && periods.length < limit; ) {
    periods.push(period);
    period = nextPeriodStart(period, input.cadence, input.weekStart);
  }
  return periods;
}

function ordered(a: number | null, b: number | null): [number, number] | null {
  if (a === null || b === null) return null;
  return a <= b ? [a, b] : [b, a];
}

interface TargetFields {
  target: number | null;
  targetMin: number | null;
  targetMax: number | null;
  band: [number, number] | null;
  tolerance: [number, number] | null;
}

function targetsOf(direction: KpiDirection, entry: TargetEntry | null): TargetFields {
  if (!entry) return { target: null, targetMin: null, targetMax: null, band: null, tolerance: null };
  if (direction === "range") {
    const tolerance = entry.tolerance ?? 0;
    const band = ordered(entry.targetMin, entry.targetMax);
    return {
      target: null,
      targetMin: entry.targetMin,
      targetMax: entry.targetMax,
      band,
      tolerance: band && tolerance > 0 ? [band[0] - tolerance, band[1] + tolerance] : null,
    };
  }
  return { target: entry.target, targetMin: null, targetMax: null, band: ordered(entry.warning, entry.target), tolerance: null };
}

/**
 * The chart's rows: each period's value and the target it was measured against, then the periods
 * ahead with the target planned for them. The last period so far carries both target lines so they join.
 * Period labels come from the organization's formatter, so the chart names periods as the rest of the page does.
 */
export function chartPoints(input: ChartInput, formatter: Pick<Formatter, "formatPeriod">): ChartPoint[] {
  const checkIns = new Map(input.checkIns.map((checkIn) => [checkIn.periodStart, checkIn]));
  const soFar = periodsSoFar(input);
  const planned = plannedPeriods(input, soFar);
  const lastSoFar = soFar.length - 1;
  return [...soFar, ...planned].map((period, index) => {
    const checkIn = checkIns.get(period);
    const label = formatter.formatPeriod(period, input.cadence);
    const { target, targetMin, targetMax, band, tolerance } = targetsOf(input.direction, targetFor(input.schedule, period));
    const isPlanned = index > lastSoFar;
    const drawnSoFar = index <= lastSoFar;
    const drawnAhead = index >= lastSoFar && planned.length > 0;
    return {
      periodStart: period,
      label,
      tick: periodTickLines(label, input.cadence),
      value: checkIn ? Number(checkIn.value) : null,
      status: checkIn ? statusOfPeriod(input.direction, input.schedule, period, checkIn.value) : null,
      comment: checkIn?.comment?.trim() || null,
      planned: isPlanned,
      target: drawnSoFar ? target : null,
      targetMin: drawnSoFar ? targetMin : null,
      targetMax: drawnSoFar ? targetMax : null,
      plannedTarget: drawnAhead ? target : null,
      plannedTargetMin: drawnAhead ? targetMin : null,
      plannedTargetMax: drawnAhead ? targetMax : null,
      band,
      tolerance,
    };
  });
}

/** Nice steps are 1, 2, 2.5 and 5 times a power of ten: the numbers people count in. */
const NICE_MULTIPLES = [1, 2, 2.5, 5] as const;

/** Rounds away the float noise of step arithmetic (0.1 + 0.2) without touching real digits. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Decimal places a tick step needs: 0 for 5 or 10, 1 for 2.5 or 0.5, 2 for 0.25. */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  for (let decimals = 0; decimals <= 10; decimals++) {
    if (Math.abs(clean(step * 10 ** decimals) - Math.round(step * 10 ** decimals)) < 1e-9) return decimals;
  }
  return 10;
}

/**
 * Round-number axis ticks that cover [min, max]: evenly spaced by 1, 2, 2.5 or 5 × 10^n, at most
 * `maxTicks` of them, starting and ending on a tick. A single value gets room around it (from zero
 * up, never below, when it is not negative). Empty for non-finite input.
 */
export function niceTicks(min: number, max: number, maxTicks = 6): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (low === high) {
    const room = Math.abs(low) * 0.1 || 1;
    low = low >= 0 ? Math.max(0, low - room) : low - room;
    high += room;
  }
  const count = Math.max(2, Math.floor(maxTicks));
  const rough = (high - low) / (count - 1);
  const exponent = Math.floor(Math.log10(rough));
  for (let power = exponent; power <= exponent + 2; power++) {
    for (const multiple of NICE_MULTIPLES) {
      const step = clean(multiple * 10 ** power);
      if (step < rough * (1 - 1e-9)) continue;
      // The epsilon keeps 0.3 / 0.1 = 2.9999… from starting the axis a whole step early.
      const first = Math.floor(low / step + 1e-9);
      const last = Math.ceil(high / step - 1e-9);
      if (last - first + 1 > count) continue;
      const decimals = stepDecimals(step);
      return Array.from({ length: last - first + 1 }, (_, index) => Number(((first + index) * step).toFixed(decimals)) || 0);
    }
  }
  return [];
}

/** The lowest and highest number among values, targets, bands and reference lines; null when there is none. */
export function valueRange(points: readonly ChartPoint[], references: readonly (number | null)[] = []): [number, number] | null {
  const numbers: number[] = [];
  for (const point of points) {
    numbers.push(
      ...[point.value, point.target, point.targetMin, point.targetMax, point.plannedTarget, point.plannedTargetMin, point.plannedTargetMax].filter(
        (value): value is number => value !== null,
      ),
      ...(point.band ?? []),
      ...(point.tolerance ?? []),
      ...(point.forecast === null || point.forecast === undefined ? [] : [point.forecast]),
      ...(point.forecastBand ?? []),
    );
  }
  numbers.push(...references.filter((value): value is number => value !== null));
  const finite = numbers.filter(Number.isFinite);
  if (finite.length === 0) return null;
  return [Math.min(...finite), Math.max(...finite)];
}
