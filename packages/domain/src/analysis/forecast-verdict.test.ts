import { describe, expect, it } from "vitest";
import type { TargetEntry } from "../kpi/status";
import type { Forecast } from "./forecast";
import { forecastPointAt, forecastSentence, forecastVerdict } from "./forecast-verdict";

function entry(fields: Partial<TargetEntry>): TargetEntry {
  return { effectiveFrom: "2026-01-01", target: null, targetMin: null, targetMax: null, warning: null, tolerance: null, ...fields };
}

/** A forecast whose December point is `value` with an 80 % band of ± `half`. */
function forecastAt(value: number, half: number): Forecast {
  return {
    method: "least_squares",
    window: 8,
    from: "2026-01-01",
    to: "2026-08-01",
    slope: 0.1,
    level: value,
    residualStandardError: half / 2,
    points: [
      { period: "2026-09-01", value: value - 1, lower80: value - 1 - half / 2, upper80: value - 1 + half / 2, lower95: 0, upper95: 0 },
      { period: "2026-12-01", value, lower80: value - half, upper80: value + half, lower95: value - 2 * half, upper95: value + 2 * half },
    ],
  };
}

const label = (period: string) => (period === "2026-12-01" ? "Dec 2026" : "Sep 2026");

describe("forecastVerdict", () => {
  const cases: [string, Parameters<typeof forecastVerdict>[0]["direction"], TargetEntry, number, string][] = [
    ["increase, band above target", "increase", entry({ target: 90 }), 95, "likely_to_meet"],
    ["increase, band's low end on the target", "increase", entry({ target: 93 }), 95, "likely_to_meet"],
    ["increase, band straddles target", "increase", entry({ target: 95 }), 95, "too_close_to_call"],
    ["increase, band below target", "increase", entry({ target: 100 }), 95, "likely_to_miss"],
    ["decrease, band below target", "decrease", entry({ target: 2 }), 1.5, "likely_to_meet"],
    ["decrease, band straddles target", "decrease", entry({ target: 2 }), 2.1, "too_close_to_call"],
    ["decrease, band above target", "decrease", entry({ target: 2 }), 5, "likely_to_miss"],
    ["range, band inside", "range", entry({ targetMin: 40, targetMax: 60 }), 50, "likely_to_meet"],
    ["range, band over the top", "range", entry({ targetMin: 40, targetMax: 60 }), 60, "too_close_to_call"],
    ["range, band over the bottom", "range", entry({ targetMin: 40, targetMax: 60 }), 41, "too_close_to_call"],
    ["range, band below", "range", entry({ targetMin: 40, targetMax: 60 }), 30, "likely_to_miss"],
    ["range, band above", "range", entry({ targetMin: 40, targetMax: 60 }), 70, "likely_to_miss"],
  ];
  for (const [name, direction, target, value, verdict] of cases) {
    it(name, () => {
      const half = direction === "decrease" ? 0.2 : 2;
      expect(forecastVerdict({ forecast: forecastAt(value, half), direction, target })).toBe(verdict);
    });
  }

  it("judges the requested period, not only the last", () => {
    const result = forecastAt(95, 2);
    expect(forecastVerdict({ forecast: result, direction: "increase", target: entry({ target: 96 }) })).toBe("too_close_to_call");
    expect(forecastVerdict({ forecast: result, direction: "increase", target: entry({ target: 96 }), period: "2026-09-01" })).toBe(
      "likely_to_miss",
    );
    expect(forecastVerdict({ forecast: result, direction: "increase", target: entry({ target: 93 }), period: "2027-01-01" })).toBe(
      "not_enough_data",
    );
  });

  it("has not enough data without a forecast or a target", () => {
    expect(forecastVerdict({ forecast: null, direction: "increase", target: entry({ target: 1 }) })).toBe("not_enough_data");
    expect(forecastVerdict({ forecast: forecastAt(5, 1), direction: "increase", target: null })).toBe("not_enough_data");
    expect(forecastVerdict({ forecast: forecastAt(5, 1), direction: "decrease", target: entry({}) })).toBe("not_enough_data");
    expect(forecastVerdict({ forecast: forecastAt(5, 1), direction: "range", target: entry({ targetMin: 1 }) })).toBe("not_enough_data");
  });
});

describe("forecastPointAt", () => {
  it("finds the period's point, or the furthest one", () => {
    const result = forecastAt(10, 1);
    expect(forecastPointAt(result)?.period).toBe("2026-12-01");
    expect(forecastPointAt(result, "2026-09-01")?.value).toBe(9);
    expect(forecastPointAt(result, "2026-10-01")).toBeNull();
  });
});

describe("forecastSentence", () => {
  const percent = (value: number) => `${value.toFixed(1)} %`;

  it("says where the pace leads, against the target, with the verdict", () => {
    const sentence = forecastSentence({
      forecast: forecastAt(2.1, 0.05),
      direction: "decrease",
      target: entry({ target: 2 }),
      valueCount: 9,
      periodLabel: label,
      format: percent,
    });
    expect(sentence).toBe("At this pace 2.1 % by Dec 2026 (target ≤ 2.0 %): likely to miss");
  });

  it("words range targets and the other verdicts", () => {
    const base = { valueCount: 9, periodLabel: label };
    expect(forecastSentence({ ...base, forecast: forecastAt(50, 2), direction: "range", target: entry({ targetMin: 40, targetMax: 60 }) })).toBe(
      "At this pace 50 by Dec 2026 (target 40 – 60): likely to meet",
    );
    expect(forecastSentence({ ...base, forecast: forecastAt(95, 2), direction: "increase", target: entry({ target: 95 }) })).toBe(
      "At this pace 95 by Dec 2026 (target ≥ 95): too close to call",
    );
    expect(forecastSentence({ ...base, forecast: forecastAt(95, 2), direction: "increase", target: null })).toBe(
      "At this pace 95 by Dec 2026 (no target to judge against).",
    );
  });

  it("says why there is no forecast", () => {
    expect(forecastSentence({ forecast: null, direction: "increase", target: null, valueCount: 4, periodLabel: label })).toBe(
      "Cannot forecast yet: a forecast needs at least 6 values and this KPI has 4.",
    );
  });
});
