import { describe, expect, it } from "vitest";
import { periodChange, samePeriodLastYear } from "./period-change";

describe("periodChange", () => {
  it("compares the latest value with the previous period and the same period last year", () => {
    const change = periodChange(
      [
        { period: "2025-10-01", value: 80 },
        { period: "2026-09-01", value: 90 },
        { period: "2026-10-01", value: 99 },
      ],
      "monthly",
      1,
    );
    expect(change).toEqual({
      latest: { period: "2026-10-01", value: 99 },
      previous: { period: "2026-09-01", value: 90, delta: 9, relative: 0.1 },
      lastYear: { period: "2025-10-01", value: 80, delta: 19, relative: 19 / 80 },
    });
  });

  it("leaves a comparison out when its period has no value, and has no relative change from zero", () => {
    const change = periodChange(
      [
        { period: "2026-08-01", value: 0 },
        { period: "2026-10-01", value: 5 },
      ],
      "monthly",
      1,
    );
    expect(change?.previous).toBeNull();
    expect(change?.lastYear).toBeNull();
    expect(periodChange([{ period: "2026-09-01", value: 0 }, { period: "2026-10-01", value: 5 }], "monthly", 1)?.previous?.relative).toBeNull();
    expect(periodChange([], "monthly", 1)).toBeNull();
  });

  it("measures a fall as a negative change relative to the size of the old value", () => {
    const change = periodChange([{ period: "2026-01-01", value: -4 }, { period: "2026-04-01", value: -6 }], "quarterly", 1);
    expect(change?.previous).toEqual({ period: "2026-01-01", value: -4, delta: -2, relative: -0.5 });
  });
});

describe("samePeriodLastYear", () => {
  it("finds the same month, quarter, year, day and week a year back", () => {
    expect(samePeriodLastYear("2026-10-01", "monthly", 1)).toBe("2025-10-01");
    expect(samePeriodLastYear("2026-07-01", "quarterly", 1)).toBe("2025-07-01");
    expect(samePeriodLastYear("2026-01-01", "yearly", 1)).toBe("2025-01-01");
    expect(samePeriodLastYear("2028-02-29", "daily", 1)).toBe("2027-02-28");
    // The week holding 2025-11-30 (a Sunday) began on Monday 2025-11-24.
    expect(samePeriodLastYear("2026-11-30", "weekly", 1)).toBe("2025-11-24");
  });
});
