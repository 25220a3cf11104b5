import { describe, expect, it } from "vitest";
import { addDays, compareIsoDates, isoWeekday } from "./calendar";
import {
  DEFAULT_GRACE_DAYS,
  MAX_PERIODS_BETWEEN,
  currentPeriodStart,
  dueCutoff,
  isoWeek,
  nextPeriodStart,
  periodEnd,
  periodLabel,
  periodStart,
  periodsBetween,
  previousPeriodStart,
} from "./periods";
import { CADENCES } from "./vocabulary";
import type { Cadence } from "./vocabulary";

const WEEK_STARTS = [1, 2, 3, 4, 5, 6, 7];

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; compareIsoDates(day, to) <= 0; day = addDays(day, 1)) days.push(day);
  return days;
}

/** An independent reading of the rules, through the platform's Date, to check periodStart against. */
function expectedStart(date: string, cadence: Cadence, weekStart: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth();
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  switch (cadence) {
    case "daily":
      return date;
    case "weekly": {
      const weekday = instant.getUTCDay() === 0 ? 7 : instant.getUTCDay();
      return iso(instant.getTime() - ((weekday - weekStart + 7) % 7) * 86_400_000);
    }
    case "monthly":
      return iso(Date.UTC(year, month, 1));
    case "quarterly":
      return iso(Date.UTC(year, month - (month % 3), 1));
    case "yearly":
      return iso(Date.UTC(year, 0, 1));
  }
}

describe("periodStart", () => {
  const days = everyDay("2019-12-01", "2027-01-31");

  it.each(CADENCES)("matches the calendar for every %s period from 2019 to 2027 and every week start", (cadence) => {
    const wrong: string[] = [];
    for (const weekStart of WEEK_STARTS) {
      for (const day of days) {
        if (periodStart(day, cadence, weekStart) !== expectedStart(day, cadence, weekStart)) wrong.push(`${day}/${weekStart}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("starts weeks on the organization's week start", () => {
    // 2025-12-31 is a Wednesday; its week reaches back into December or starts on the day itself.
    expect(WEEK_STARTS.map((weekStart) => periodStart("2025-12-31", "weekly", weekStart))).toEqual([
      "2025-12-29",
      "2025-12-30",
      "2025-12-31",
      "2025-12-25",
      "2025-12-26",
      "2025-12-27",
      "2025-12-28",
    ]);
    expect(periodStart("2026-01-01", "weekly", 1)).toBe("2025-12-29");
    expect(periodStart("2024-02-29", "weekly", 1)).toBe("2024-02-26");
    expect(periodStart("2024-03-03", "weekly", 7)).toBe("2024-03-03");
  });

  it("starts quarters on Jan, Apr, Jul and Oct 1st", () => {
    expect(periodStart("2026-03-31", "quarterly", 1)).toBe("2026-01-01");
    expect(periodStart("2026-04-01", "quarterly", 1)).toBe("2026-04-01");
    expect(periodStart("2026-06-30", "quarterly", 1)).toBe("2026-04-01");
    expect(periodStart("2026-07-01", "quarterly", 1)).toBe("2026-07-01");
    expect(periodStart("2026-09-30", "quarterly", 1)).toBe("2026-07-01");
    expect(periodStart("2026-10-01", "quarterly", 1)).toBe("2026-10-01");
    expect(periodStart("2025-12-31", "quarterly", 1)).toBe("2025-10-01");
  });

  it("handles leap days", () => {
    expect(periodStart("2024-02-29", "daily", 1)).toBe("2024-02-29");
    expect(periodStart("2024-02-29", "monthly", 1)).toBe("2024-02-01");
    expect(periodStart("2024-02-29", "quarterly", 1)).toBe("2024-01-01");
    expect(periodStart("2024-02-29", "yearly", 1)).toBe("2024-01-01");
  });

  it("is the same as currentPeriodStart", () => {
    expect(currentPeriodStart("2026-03-12", "weekly", 1)).toBe("2026-03-09");
  });

  it.each([0, 8, 1.5, Number.NaN])("refuses the week start %s", (weekStart) => {
    expect(() => periodStart("2026-03-12", "monthly", weekStart)).toThrow(/ISO weekday/);
  });

  it("refuses a date that does not exist", () => {
    expect(() => periodStart("2025-02-29", "monthly", 1)).toThrow(/Not a calendar date/);
  });
});

describe("nextPeriodStart, previousPeriodStart and periodEnd", () => {
  it("cross the year end for every cadence", () => {
    expect(nextPeriodStart("2025-12-31", "daily", 1)).toBe("2026-01-01");
    expect(nextPeriodStart("2025-12-29", "weekly", 1)).toBe("2026-01-05");
    expect(nextPeriodStart("2025-12-01", "monthly", 1)).toBe("2026-01-01");
    expect(nextPeriodStart("2025-10-01", "quarterly", 1)).toBe("2026-01-01");
    expect(nextPeriodStart("2025-01-01", "yearly", 1)).toBe("2026-01-01");
    expect(previousPeriodStart("2026-01-01", "daily", 1)).toBe("2025-12-31");
    expect(previousPeriodStart("2026-01-05", "weekly", 1)).toBe("2025-12-29");
    expect(previousPeriodStart("2026-01-01", "monthly", 1)).toBe("2025-12-01");
    expect(previousPeriodStart("2026-01-01", "quarterly", 1)).toBe("2025-10-01");
    expect(previousPeriodStart("2026-01-01", "yearly", 1)).toBe("2025-01-01");
  });

  it("end periods on their last day, leap days included", () => {
    expect(periodEnd("2024-02-01", "monthly", 1)).toBe("2024-02-29");
    expect(periodEnd("2025-02-01", "monthly", 1)).toBe("2025-02-28");
    expect(periodEnd("2024-02-29", "daily", 1)).toBe("2024-02-29");
    expect(periodEnd("2024-02-26", "weekly", 1)).toBe("2024-03-03");
    expect(periodEnd("2025-12-29", "weekly", 1)).toBe("2026-01-04");
    expect(periodEnd("2026-01-01", "quarterly", 1)).toBe("2026-03-31");
    expect(periodEnd("2026-04-01", "quarterly", 1)).toBe("2026-06-30");
    expect(periodEnd("2026-07-01", "quarterly", 1)).toBe("2026-09-30");
    expect(periodEnd("2026-10-01", "quarterly", 1)).toBe("2026-12-31");
    expect(periodEnd("2024-01-01", "yearly", 1)).toBe("2024-12-31");
  });

  it("accept any day of the period", () => {
    expect(nextPeriodStart("2026-03-12", "monthly", 1)).toBe("2026-04-01");
    expect(previousPeriodStart("2026-03-12", "quarterly", 1)).toBe("2025-10-01");
    expect(periodEnd("2026-03-12", "weekly", 1)).toBe("2026-03-15");
  });

  it.each(CADENCES)("tile the calendar from 2018 to 2030 without gaps or overlaps (%s)", (cadence) => {
    for (const weekStart of cadence === "weekly" ? WEEK_STARTS : [1]) {
      let start = periodStart("2018-01-01", cadence, weekStart);
      while (compareIsoDates(start, "2030-12-31") <= 0) {
        const next = nextPeriodStart(start, cadence, weekStart);
        const end = periodEnd(start, cadence, weekStart);
        expect(addDays(end, 1)).toBe(next);
        expect(previousPeriodStart(next, cadence, weekStart)).toBe(start);
        expect(periodStart(end, cadence, weekStart)).toBe(start);
        expect(periodStart(start, cadence, weekStart)).toBe(start);
        if (cadence === "weekly") expect(isoWeekday(start)).toBe(weekStart);
        start = next;
      }
    }
  });
});

describe("periodsBetween", () => {
  it("lists every period touching the range, ascending", () => {
    expect(periodsBetween("2025-11-15", "2026-02-01", "monthly", 1)).toEqual(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]);
    expect(periodsBetween("2025-12-31", "2026-01-06", "weekly", 1)).toEqual(["2025-12-29", "2026-01-05"]);
    expect(periodsBetween("2025-08-15", "2026-01-01", "quarterly", 1)).toEqual(["2025-07-01", "2025-10-01", "2026-01-01"]);
    expect(periodsBetween("2024-02-28", "2024-03-01", "daily", 1)).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(periodsBetween("2024-06-01", "2026-01-01", "yearly", 1)).toEqual(["2024-01-01", "2025-01-01", "2026-01-01"]);
  });

  it("gives one period for a single day and none for a reversed range", () => {
    expect(periodsBetween("2026-03-12", "2026-03-12", "monthly", 1)).toEqual(["2026-03-01"]);
    expect(periodsBetween("2026-03-12", "2026-03-11", "daily", 1)).toEqual([]);
  });

  it(`allows ${MAX_PERIODS_BETWEEN} periods and refuses more`, () => {
    const from = "2010-01-01";
    expect(periodsBetween(from, addDays(from, MAX_PERIODS_BETWEEN - 1), "daily", 1)).toHaveLength(MAX_PERIODS_BETWEEN);
    expect(() => periodsBetween(from, addDays(from, MAX_PERIODS_BETWEEN), "daily", 1)).toThrow(/narrow the range/);
    expect(() => periodsBetween("1900-01-01", "2999-12-31", "daily", 1)).toThrow(/narrow the range/);
  });
});

describe("periodLabel", () => {
  it.each([
    ["daily", "2026-03-12", "12 Mar 2026"],
    ["weekly", "2026-03-12", "Week of 9 Mar 2026"],
    ["monthly", "2026-03-12", "Mar 2026"],
    ["quarterly", "2026-03-12", "Q1 2026"],
    ["quarterly", "2026-04-01", "Q2 2026"],
    ["quarterly", "2026-09-30", "Q3 2026"],
    ["quarterly", "2025-12-31", "Q4 2025"],
    ["yearly", "2026-03-12", "2026"],
  ] as const)("labels a %s period of %s as %j", (cadence, date, label) => {
    expect(periodLabel(date, cadence, 1)).toBe(label);
  });

  it("follows the week start", () => {
    expect(periodLabel("2026-03-12", "weekly", 7)).toBe("Week of 8 Mar 2026");
  });
});

describe("isoWeek", () => {
  it.each([
    ["2020-12-31", 2020, 53],
    ["2021-01-03", 2020, 53],
    ["2021-01-04", 2021, 1],
    ["2026-01-01", 2026, 1],
    ["2026-12-31", 2026, 53],
    ["2027-01-03", 2026, 53],
    ["2027-01-04", 2027, 1],
    ["2024-12-30", 2025, 1],
    ["2025-12-29", 2026, 1],
    ["2024-02-29", 2024, 9],
    ["2026-03-12", 2026, 11],
  ] as const)("%s is week %i-%i", (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it("gives 53 weeks exactly to the years that start on a Thursday, or on a Wednesday in a leap year", () => {
    const long: number[] = [];
    for (let year = 1990; year <= 2040; year += 1) {
      if (isoWeek(`${year}-12-28`).week === 53) long.push(year);
    }
    expect(long).toEqual([1992, 1998, 2004, 2009, 2015, 2020, 2026, 2032, 2037]);
  });

  it("counts weeks one by one, Monday to Monday, from 2000 to 2030", () => {
    let previous = isoWeek("1999-12-27");
    for (let monday = "2000-01-03"; compareIsoDates(monday, "2030-12-31") <= 0; monday = addDays(monday, 7)) {
      const current = isoWeek(monday);
      if (current.year === previous.year) expect(current.week).toBe(previous.week + 1);
      else expect(current).toEqual({ year: previous.year + 1, week: 1 });
      for (let offset = 1; offset < 7; offset += 1) expect(isoWeek(addDays(monday, offset))).toEqual(current);
      previous = current;
    }
  });
});

describe("dueCutoff", () => {
  it(`allows ${DEFAULT_GRACE_DAYS} grace days by default`, () => {
    expect(DEFAULT_GRACE_DAYS).toBe(3);
    expect(dueCutoff("monthly", "2026-04-03", 1)).toBe("2026-02-01");
    expect(dueCutoff("monthly", "2026-04-04", 1)).toBe("2026-03-01");
  });

  it.each([
    // cadence, today, grace, cutoff: on the last grace day a period is not yet due, the day after it is.
    ["daily", "2026-03-11", 3, "2026-03-07"],
    ["daily", "2026-03-12", 3, "2026-03-08"],
    ["daily", "2026-03-12", 0, "2026-03-11"],
    ["weekly", "2026-03-11", 3, "2026-02-23"],
    ["weekly", "2026-03-12", 3, "2026-03-02"],
    ["monthly", "2026-04-01", 0, "2026-03-01"],
    ["monthly", "2026-03-31", 0, "2026-02-01"],
    ["monthly", "2026-03-03", 3, "2026-01-01"],
    ["monthly", "2026-03-04", 3, "2026-02-01"],
    ["monthly", "2024-03-03", 3, "2024-01-01"],
    ["monthly", "2024-03-04", 3, "2024-02-01"],
    ["quarterly", "2026-01-03", 3, "2025-07-01"],
    ["quarterly", "2026-01-04", 3, "2025-10-01"],
    ["yearly", "2026-01-03", 3, "2024-01-01"],
    ["yearly", "2026-01-04", 3, "2025-01-01"],
    ["monthly", "2026-04-10", 10, "2026-02-01"],
    ["monthly", "2026-04-11", 10, "2026-03-01"],
  ] as const)("%s on %s with %i grace days: %s", (cadence, today, grace, cutoff) => {
    expect(dueCutoff(cadence, today, 1, grace)).toBe(cutoff);
  });

  it.each(CADENCES)("is the latest period whose end plus grace is before today (%s, every day of 2025–2026)", (cadence) => {
    for (const grace of [0, 3]) {
      for (const today of everyDay("2025-01-01", "2026-12-31")) {
        const cutoff = dueCutoff(cadence, today, 2, grace);
        expect(compareIsoDates(addDays(periodEnd(cutoff, cadence, 2), grace), today)).toBeLessThan(0);
        const following = nextPeriodStart(cutoff, cadence, 2);
        expect(compareIsoDates(addDays(periodEnd(following, cadence, 2), grace), today)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it.each([-1, 1.5])("refuses %s grace days", (grace) => {
    expect(() => dueCutoff("monthly", "2026-03-12", 1, grace)).toThrow(/Grace days/);
  });
});
