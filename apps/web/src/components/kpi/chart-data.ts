import {
  compareIsoDates,
  currentPeriodStart,
  periodLabel,
  periodStart,
  previousPeriodStart,
  targetFor,
  type Cadence,
  type KpiDirection,
  type TargetEntry,
} from "@tally/domain";

export interface ChartPoint {
  periodStart: string;
  label: string;
  value: number | null;
  /** The target line (increase/decrease). */
  target: number | null;
  /** The edges of the band (range). */
  targetMin: number | null;
  targetMax: number | null;
  /** Increase/decrease: between warning and target, "at risk". Range: the band itself, "on track". */
  band: [number, number] | null;
  /** Range only: the tolerance around the band, "at risk". */
  tolerance: [number, number] | null;
}

export interface ChartInput {
  checkIns: readonly { periodStart: string; value: string }[];
  schedule: readonly TargetEntry[];
  direction: KpiDirection;
  cadence: Cadence;
  weekStart: number;
  endDate: string | null;
  today: string;
}

/** Enough periods to read a trend; the check-ins table below the chart lists the values in full. */
export const MAX_CHART_POINTS = 60;

function later(a: string, b: string): string {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** Every period from the oldest value shown up to now (or the KPI's end), newest last; gaps stay gaps. */
function periodsToShow(input: ChartInput): string[] {
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

function ordered(a: number | null, b: number | null): [number, number] | null {
  if (a === null || b === null) return null;
  return a <= b ? [a, b] : [b, a];
}

function targetsOf(direction: KpiDirection, entry: TargetEntry | null): Omit<ChartPoint, "periodStart" | "label" | "value"> {
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

/** The chart's rows: each period's value and the target it was measured against. */
export function chartPoints(input: ChartInput): ChartPoint[] {
  const values = new Map(input.checkIns.map((checkIn) => [checkIn.periodStart, Number(checkIn.value)]));
  return periodsToShow(input).map((period) => ({
    periodStart: period,
    label: periodLabel(period, input.cadence, input.weekStart),
    value: values.get(period) ?? null,
    ...targetsOf(input.direction, targetFor(input.schedule, period)),
  }));
}
