import { describe, expect, it } from "vitest";
import { addDays, compareIsoDates } from "./calendar";
import { MAX_MISSING_PERIODS, isPeriodOverdue, recentCalendar, recentPeriods } from "./period-gaps";
import { DEFAULT_GRACE_DAYS, dueCutoff } from "./periods";
import { CADENCES } from "./vocabulary";

describe("recentPeriods", () => {
  const base = { startDate: "2020-01-01", endDate: null, today: "2026-11-30", weekStart: 1 } as const;

  it("lists the current period and the eleven before it, newest first", () => {
    const months = recentPeriods({ ...base, cadence: "monthly" });
    expect(months).toHaveLength(MAX_MISSING_PERIODS);
    expect(months[0]).toBe("2026-11-01");
    expect(months[11]).toBe("2025-12-01");
    expect([...months].sort((a, b) => compareIsoDates(b, a))).toEqual(months);
  });

  it("stops at the KPI's first period, which counts from any day inside it", () => {
    expect(recentPeriods({ ...base, cadence: "monthly", startDate: "2026-08-20" })).toEqual(["2026-11-01", "2026-10-01", "2026-09-01", "2026-08-01"]);
    expect(recentPeriods({ ...base, cadence: "quarterly", startDate: "2026-05-01" })).toEqual(["2026-10-01", "2026-07-01", "2026-04-01"]);
  });

  it("is empty for a KPI that starts after the current period", () => {
    expect(recentPeriods({ ...base, cadence: "monthly", startDate: "2026-12-01" })).toEqual([]);
  });

  it("leaves out periods after the KPI's last one", () => {
    expect(recentPeriods({ ...base, cadence: "monthly", startDate: "2026-06-01", endDate: "2026-08-15" })).toEqual(["2026-08-01", "2026-07-01", "2026-06-01"]);
  });

  it("crosses year ends and honours the week start", () => {
    expect(recentPeriods({ ...base, cadence: "quarterly", today: "2026-01-10", count: 3 })).toEqual(["2026-01-01", "2025-10-01", "2025-07-01"]);
    const weeks = recentPeriods({ ...base, cadence: "weekly", today: "2026-01-01", weekStart: 7, count: 2 });
    expect(weeks).toEqual(["2025-12-28", "2025-12-21"]);
    expect(recentPeriods({ ...base, cadence: "daily", today: "2024-03-01", count: 2 })).toEqual(["2024-03-01", "2024-02-29"]);
    expect(recentPeriods({ ...base, cadence: "yearly", count: 3 })).toEqual(["2026-01-01", "2025-01-01", "2024-01-01"]);
  });

  it("refuses a look-back that is no number of periods", () => {
    for (const count of [0, -1, 1.5, 121]) expect(() => recentPeriods({ ...base, cadence: "monthly", count })).toThrow();
  });
});

describe("isPeriodOverdue", () => {
  it("says overdue exactly for the periods up to the due cutoff, for every cadence", () => {
    for (const cadence of CADENCES) {
      for (const today of ["2026-11-30", "2026-01-02", "2024-03-04"]) {
        const cutoff = dueCutoff(cadence, today, 1);
        for (const period of recentPeriods({ cadence, startDate: "2015-01-01", endDate: null, today, weekStart: 1 })) {
          expect(isPeriodOverdue(period, cadence, today, 1)).toBe(compareIsoDates(period, cutoff) <= 0);
        }
      }
    }
  });

  it("leaves a month that just ended due, not overdue, until its grace days are over", () => {
    expect(isPeriodOverdue("2026-10-01", "monthly", "2026-11-01", 1)).toBe(false);
    expect(isPeriodOverdue("2026-10-01", "monthly", addDays("2026-11-01", DEFAULT_GRACE_DAYS - 1), 1)).toBe(false);
    expect(isPeriodOverdue("2026-10-01", "monthly", addDays("2026-11-01", DEFAULT_GRACE_DAYS), 1)).toBe(true);
    expect(isPeriodOverdue("2026-11-01", "monthly", "2026-11-30", 1)).toBe(false);
  });
});

describe("recentCalendar", () => {
  it("gives every KPI its recentPeriods by comparing its start and end dates with each period", () => {
    const today = "2026-11-30";
    let compared = 0;
    for (const cadence of CADENCES) {
      for (const weekStart of [1, 7]) {
        const calendar = recentCalendar(cadence, today, weekStart);
        expect(calendar).toHaveLength(MAX_MISSING_PERIODS);
        for (let startOffset = -1200; startOffset <= 0; startOffset += 17) {
          const startDate = addDays(today, startOffset);
          for (const endOffset of [null, -900, -400, -95, -31, -8, -1, 0, 30]) {
            const endDate = endOffset === null ? null : addDays(today, endOffset);
            if (endDate !== null && compareIsoDates(endDate, startDate) < 0) continue;
            const own = recentPeriods({ cadence, startDate, endDate, today, weekStart });
            const fromCalendar = calendar
              .filter((entry) => compareIsoDates(entry.next, startDate) > 0 && (endDate === null || compareIsoDates(entry.period, endDate) <= 0))
              .map((entry) => entry.period);
            expect(fromCalendar, `${cadence} ${startDate}–${endDate ?? "open"}`).toEqual(own);
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("marks a period overdue exactly as isPeriodOverdue does", () => {
    for (const cadence of CADENCES) {
      for (const entry of recentCalendar(cadence, "2026-03-02", 1)) {
        expect(entry.overdue).toBe(isPeriodOverdue(entry.period, cadence, "2026-03-02", 1));
      }
    }
  });
});
