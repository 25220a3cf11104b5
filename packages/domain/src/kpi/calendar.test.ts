import { describe, expect, it } from "vitest";
import {
  addDays,
  compareIsoDates,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  toDayNumber,
  toYearMonthDay,
} from "./calendar";

const DAY_MS = 86_400_000;

function viaDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

describe("day numbers", () => {
  it("agree with the platform's UTC calendar for every day from 1900 to 2100", () => {
    const first = Date.UTC(1900, 0, 1) / DAY_MS;
    const last = Date.UTC(2100, 11, 31) / DAY_MS;
    const wrong: string[] = [];
    for (let day = first; day <= last; day += 1) {
      const date = viaDate(day);
      if (fromDayNumber(day) !== date || toDayNumber(date) !== day) wrong.push(date);
    }
    expect(wrong).toEqual([]);
  });

  it("handle years below 100 as themselves, not as 19xx", () => {
    expect(fromDayNumber(toDayNumber("0050-03-01"))).toBe("0050-03-01");
    expect(toDayNumber("0050-03-01")).toBeLessThan(toDayNumber("1000-01-01"));
  });

  it("refuse to leave the four-digit calendar", () => {
    expect(() => addDays("9999-12-31", 1)).toThrow(/outside the calendar/);
  });
});

describe("isIsoDate", () => {
  it.each(["2026-03-12", "2024-02-29", "2000-02-29", "2025-12-31", "2026-01-01", "1900-02-28"])("accepts %s", (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    "2026-02-30",
    "2025-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-1-5",
    "26-01-05",
    "2026/01/05",
    " 2026-01-05",
    "2026-01-05T00:00:00Z",
    "",
  ])("refuses %j", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it("refuses what is not a string", () => {
    expect(isIsoDate(20260105)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it("knows every month's length, leap years included", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2025, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe("addDays and compareIsoDates", () => {
  it("cross month, year and leap day boundaries", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2024-02-29", 365)).toBe("2025-02-28");
    expect(addDays("2026-03-12", 0)).toBe("2026-03-12");
  });

  it("refuse fractions of a day and malformed dates", () => {
    expect(() => addDays("2026-03-12", 0.5)).toThrow(/whole days/);
    expect(() => addDays("2026-02-30", 1)).toThrow(/Not a calendar date/);
  });

  it("order dates", () => {
    expect(compareIsoDates("2025-12-31", "2026-01-01")).toBe(-1);
    expect(compareIsoDates("2026-01-01", "2025-12-31")).toBe(1);
    expect(compareIsoDates("2026-01-01", "2026-01-01")).toBe(0);
  });
});

describe("isoWeekday and formatIsoDate", () => {
  it("name the weekday, Monday = 1", () => {
    expect(isoWeekday("2026-03-09")).toBe(1);
    expect(isoWeekday("2026-03-15")).toBe(7);
    expect(isoWeekday("1970-01-01")).toBe(4);
    expect(isoWeekday("1969-12-29")).toBe(1);
  });

  it("write dates without ambiguity", () => {
    expect(formatIsoDate("2026-03-12")).toBe("12 Mar 2026");
    expect(formatIsoDate("2024-02-29")).toBe("29 Feb 2024");
  });
});

describe("dates read again", () => {
  it("answer as the first read did, through and past the limit of remembered dates", () => {
    const first = toDayNumber("2024-02-29");
    for (let day = 0; day < 25_000; day += 1) expect(toDayNumber(fromDayNumber(day))).toBe(day);
    expect(toDayNumber("2024-02-29")).toBe(first);
    expect(() => toYearMonthDay("2025-02-29")).toThrow("Not a calendar date");
    expect(() => toYearMonthDay("2025-02-29")).toThrow("Not a calendar date");
    expect(isIsoDate("2025-02-29")).toBe(false);
  });

  it("hand out parts that nobody can change for the next reader", () => {
    const parts = toYearMonthDay("2026-11-30");
    expect(() => Object.assign(parts, { day: 1 })).toThrow();
    expect(toYearMonthDay("2026-11-30")).toEqual({ year: 2026, month: 11, day: 30 });
  });
});
