import { describe, expect, it } from "vitest";
import type { TargetEntry } from "../kpi/status";
import { FORECAST_DRAWN_PERIODS, forecastHorizon } from "./forecast-horizon";

function entry(effectiveFrom: string): TargetEntry {
  return { effectiveFrom, target: 1, targetMin: null, targetMax: null, warning: null, tolerance: null };
}

const base = { today: "2026-11-30", cadence: "monthly" as const, weekStart: 1, endDate: null, schedule: [entry("2025-01-01")], lastValuePeriod: "2026-10-01" };

describe("forecastHorizon", () => {
  it("looks to the end of the current period when nothing lies ahead", () => {
    expect(forecastHorizon(base)).toEqual({ current: "2026-11-01", far: null, periods: ["2026-11-01"] });
  });

  it("looks to the KPI's end date", () => {
    const horizon = forecastHorizon({ ...base, endDate: "2027-03-31" });
    expect(horizon.far).toEqual({ period: "2027-03-01", kind: "end_date" });
    expect(horizon.periods).toEqual(["2026-11-01", "2026-12-01", "2027-01-01", "2027-02-01", "2027-03-01"]);
  });

  it("stops at the next target change when it comes before the end, starting at a period boundary", () => {
    const horizon = forecastHorizon({ ...base, endDate: "2027-12-31", schedule: [entry("2025-01-01"), entry("2027-01-15"), entry("2027-06-01")] });
    expect(horizon.far).toEqual({ period: "2027-02-01", kind: "target_change" });
    expect(horizon.periods.at(-1)).toBe("2027-02-01");
  });

  it("ignores target changes after the end and already in force", () => {
    const horizon = forecastHorizon({ ...base, endDate: "2027-01-31", schedule: [entry("2026-11-01"), entry("2027-06-01")] });
    expect(horizon.far).toEqual({ period: "2027-01-01", kind: "end_date" });
  });

  it("rests at the last period once the KPI has ended", () => {
    const horizon = forecastHorizon({ ...base, endDate: "2026-06-30", lastValuePeriod: "2026-04-01" });
    expect(horizon).toEqual({ current: "2026-06-01", far: null, periods: ["2026-05-01", "2026-06-01"] });
  });

  it("draws a bounded number of periods but always keeps both horizons", () => {
    const horizon = forecastHorizon({ ...base, cadence: "daily", today: "2026-11-30", endDate: "2027-12-31", lastValuePeriod: "2026-11-29" });
    expect(horizon.periods).toHaveLength(FORECAST_DRAWN_PERIODS + 1);
    expect(horizon.periods[0]).toBe("2026-11-30");
    expect(horizon.periods.at(-1)).toBe("2027-12-31");
  });
});
