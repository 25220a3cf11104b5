import { describe, expect, it } from "vitest";
import { forecastSeries, type Forecast, type ForecastInputPoint } from "./forecast";
import { fromDayNumber, toDayNumber, toYearMonthDay } from "../kpi/calendar";
import { periodStart } from "../kpi/periods";
import { CADENCES, type Cadence } from "../kpi/vocabulary";
import { periodIndex } from "./period-index";
import { studentT } from "./student-t";

const MONTHS = ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01"];

function series(values: readonly number[], periods: readonly string[] = MONTHS): ForecastInputPoint[] {
  return values.map((value, i) => ({ period: periods[i]!, value }));
}

function forecast(points: ForecastInputPoint[], horizon: string[], options = {}): Forecast {
  const result = forecastSeries(points, horizon, options);
  if (!result) throw new Error("expected a forecast");
  return result;
}

describe("forecastSeries", () => {
  it("returns null with fewer than 6 values", () => {
    expect(forecastSeries([], ["2026-12-01"])).toBeNull();
    expect(forecastSeries(series([1, 2, 3, 4, 5]), ["2026-12-01"])).toBeNull();
    expect(forecastSeries(series([1, 2, 3, 4, 5, 6]), ["2026-12-01"])).not.toBeNull();
  });

  it("continues a perfectly linear series exactly, with a band of zero width", () => {
    const result = forecast(series([3, 5, 7, 9, 11, 13, 15, 17]), ["2026-09-01", "2026-12-01"]);
    expect(result.slope).toBeCloseTo(2, 12);
    expect(result.level).toBeCloseTo(17, 12);
    expect(result.residualStandardError).toBeCloseTo(0, 12);
    const [september, december] = result.points;
    expect(september!.value).toBeCloseTo(19, 12);
    expect(december!.value).toBeCloseTo(25, 12);
    expect(december!.upper95 - december!.lower95).toBeCloseTo(0, 10);
  });

  it("matches an independent least-squares fit and prediction interval (NumPy polyfit, SciPy t)", () => {
    // numpy.polyfit(x, y, 1) and ŷ ± scipy.stats.t.ppf(q, 6) · s · √(1 + 1/n + (x₀ − x̄)²/Sxx) at x₀ = 11 (Dec 2026)
    const result = forecast(series([10, 12, 11, 14, 13, 15, 17, 16]), ["2026-12-01"]);
    expect(result.slope).toBeCloseTo(0.9285714285714287, 10);
    expect(result.level).toBeCloseTo(16.75, 10);
    expect(result.residualStandardError).toBeCloseTo(0.9819805060619661, 10);
    const december = result.points[0]!;
    expect(december.value).toBeCloseTo(20.464285714285708, 10);
    expect(december.lower80).toBeCloseTo(18.24487735759129, 3);
    expect(december.upper80).toBeCloseTo(22.683694070980128, 3);
    expect(december.lower95).toBeCloseTo(16.69232882448581, 3);
    expect(december.upper95).toBeCloseTo(24.236242604085607, 3);
  });

  it("widens the band the further the horizon lies, and the 95 % band contains the 80 % band", () => {
    const result = forecast(series([10, 12, 11, 14, 13, 15, 17, 16]), ["2026-09-01", "2026-12-01", "2027-06-01"]);
    const widths = result.points.map((point) => point.upper80 - point.lower80);
    expect(widths[0]).toBeLessThan(widths[1]!);
    expect(widths[1]).toBeLessThan(widths[2]!);
    for (const point of result.points) {
      expect(point.lower95).toBeLessThan(point.lower80);
      expect(point.upper95).toBeGreaterThan(point.upper80);
      expect(point.value - point.lower80).toBeCloseTo(point.upper80 - point.value, 10);
    }
  });

  it("fits only the last `window` values and reports which", () => {
    // An old plateau followed by a steady climb: the 6-period window sees only the climb.
    const periods = [...MONTHS, "2026-09-01", "2026-10-01"];
    const result = forecast(series([50, 50, 50, 50, 1, 2, 3, 4, 5, 6], periods), ["2026-11-01"], { window: 6 });
    expect(result.window).toBe(6);
    expect(result.from).toBe("2026-05-01");
    expect(result.to).toBe("2026-10-01");
    expect(result.points[0]!.value).toBeCloseTo(7, 10);
  });

  it("places periods by the cadence: gaps count as periods, months are equal steps", () => {
    const quarters = ["2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01", "2026-07-01"];
    const result = forecast(series([1, 2, 3, 4, 5, 7], quarters), ["2026-10-01"], { cadence: "quarterly" });
    expect(result.slope).toBeCloseTo(1, 12);
    expect(result.points[0]!.value).toBeCloseTo(8, 12);
    const weeks = ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09"];
    const weekly = forecast(series([2, 4, 6, 8, 10, 12], weeks), ["2026-02-23"], { cadence: "weekly", weekStart: 1 });
    expect(weekly.points[0]!.value).toBeCloseTo(16, 12);
  });

  it("sorts its input and its horizon, and drops repeated horizon periods", () => {
    const shuffled = series([3, 5, 7, 9, 11, 13]).reverse();
    const result = forecast(shuffled, ["2026-12-01", "2026-07-01", "2026-12-01"]);
    expect(result.points.map((point) => point.period)).toEqual(["2026-07-01", "2026-12-01"]);
    expect(result.points[0]!.value).toBeCloseTo(15, 12);
  });

  it("refuses two values for one period, non-finite values and a window below 6", () => {
    const doubled = [...series([1, 2, 3, 4, 5, 6]), { period: "2026-03-01", value: 9 }];
    expect(() => forecastSeries(doubled, [])).toThrow(/appears twice/);
    expect(() => forecastSeries(series([1, 2, Number.NaN, 4, 5, 6]), [])).toThrow(/finite/);
    expect(() => forecastSeries(series([1, 2, 3, 4, 5, 6]), [], { window: 5 })).toThrow(/window/);
    expect(() => forecastSeries(series([1, 2, 3, 4, 5, 6]), [], { window: 6.5 })).toThrow(/window/);
  });
});

/** periodIndex by its definition: the index of the period's start date. */
function periodIndexOfStart(date: string, cadence: Cadence, weekStart: number): number {
  const start = periodStart(date, cadence, weekStart);
  const { year, month } = toYearMonthDay(start);
  if (cadence === "daily") return toDayNumber(start);
  if (cadence === "weekly") return Math.floor(toDayNumber(start) / 7);
  if (cadence === "monthly") return year * 12 + (month - 1);
  if (cadence === "quarterly") return year * 4 + (month - 1) / 3;
  return year;
}

describe("periodIndex", () => {
  it("equals the index of the period's start on every day of 30 years, for every cadence and week start", () => {
    const first = toDayNumber("2000-01-01");
    let compared = 0;
    for (let day = first; day < first + 30 * 366; day += 1) {
      const date = fromDayNumber(day);
      for (const cadence of CADENCES) {
        for (const weekStart of cadence === "weekly" ? [1, 2, 3, 4, 5, 6, 7] : [1]) {
          const index = periodIndex(date, cadence, weekStart);
          if (index !== periodIndexOfStart(date, cadence, weekStart)) expect({ date, cadence, weekStart, index }).toEqual({ date, cadence, weekStart, index: periodIndexOfStart(date, cadence, weekStart) });
          compared += 1;
        }
      }
    }
    expect(compared).toBe(30 * 366 * 11);
  });

  it("refuses a week start that is no weekday, as periodStart does", () => {
    expect(() => periodIndex("2026-01-05", "weekly", 0)).toThrow(/week start/);
    expect(() => periodIndex("2026-01-05", "weekly", 8)).toThrow(/week start/);
  });

  it("counts consecutive periods one apart for every cadence", () => {
    expect(periodIndex("2026-03-01", "monthly", 1) - periodIndex("2026-02-01", "monthly", 1)).toBe(1);
    expect(periodIndex("2027-01-01", "monthly", 1) - periodIndex("2026-12-15", "monthly", 1)).toBe(1);
    expect(periodIndex("2026-04-01", "quarterly", 1) - periodIndex("2026-01-01", "quarterly", 1)).toBe(1);
    expect(periodIndex("2027-06-01", "yearly", 1) - periodIndex("2026-01-01", "yearly", 1)).toBe(1);
    expect(periodIndex("2026-03-01", "daily", 1) - periodIndex("2026-02-28", "daily", 1)).toBe(1);
    expect(periodIndex("2026-01-12", "weekly", 1) - periodIndex("2026-01-05", "weekly", 1)).toBe(1);
    expect(periodIndex("2026-01-11", "weekly", 7) - periodIndex("2026-01-04", "weekly", 7)).toBe(1);
  });
});

describe("studentT", () => {
  it("gives the tabulated quantiles and a close approximation past 30 degrees of freedom", () => {
    expect(studentT(95, 6)).toBe(2.4469);
    expect(studentT(80, 6)).toBe(1.4398);
    // scipy.stats.t.ppf(0.975, 40) = 2.021075, t.ppf(0.9, 40) = 1.303077
    expect(studentT(95, 40)).toBeCloseTo(2.021075, 3);
    expect(studentT(80, 40)).toBeCloseTo(1.303077, 3);
    expect(() => studentT(95, 0)).toThrow(/Degrees of freedom/);
  });
});
