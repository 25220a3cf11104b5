import type { ChartPoint } from "../chart-data";
import type { KpiForecast } from "./types";

/**
 * The forecast laid onto the chart's periods: the dashed line starts at the last value (so it joins the values)
 * and runs through every later period the chart shows, with its 80 % band. Periods the chart does not show are
 * left out; the sentence beside the chart names the far horizon.
 */
export function withForecast(points: readonly ChartPoint[], forecast: KpiForecast | null): ChartPoint[] {
  if (!forecast) return [...points];
  const projected = new Map(forecast.points.map((point) => [point.period, point]));
  const lastValueIndex = points.findLastIndex((point) => point.value !== null);
  return points.map((point, index) => {
    if (index === lastValueIndex && point.value !== null && point.periodStart === forecast.to) {
      return { ...point, forecast: point.value, forecastBand: [point.value, point.value] };
    }
    const ahead = index > lastValueIndex ? projected.get(point.periodStart) : undefined;
    if (!ahead) return point;
    return { ...point, forecast: ahead.value, forecastBand: [ahead.lower80, ahead.upper80] };
  });
}

/** Numbers the commented values 1, 2, … oldest first, so the chart's markers and the notes below it match. */
export function withAnnotations(points: readonly ChartPoint[]): ChartPoint[] {
  let note = 0;
  return points.map((point) => (point.comment !== null && point.value !== null ? { ...point, note: ++note } : point));
}
