import { describe, expect, it } from "vitest";
import { currentPeriodStart, dueCutoff } from "../kpi/periods";
import { todayIn } from "./today";

const at = (instant: string) => new Date(instant);

describe("todayIn", () => {
  it("is already April in Auckland while March goes on in UTC, Los Angeles and Kolkata", () => {
    const now = at("2026-03-31T23:30:00Z");
    expect(todayIn("UTC", now)).toBe("2026-03-31");
    expect(todayIn("Pacific/Auckland", now)).toBe("2026-04-01");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-03-31");
    expect(todayIn("Asia/Kolkata", now)).toBe("2026-04-01");
  });

  it("turns the day at local midnight, half-hour offsets included", () => {
    // Kolkata is UTC+5:30 all year.
    expect(todayIn("Asia/Kolkata", at("2026-06-14T18:29:59Z"))).toBe("2026-06-14");
    expect(todayIn("Asia/Kolkata", at("2026-06-14T18:30:00Z"))).toBe("2026-06-15");
    // Los Angeles is UTC−7 in summer.
    expect(todayIn("America/Los_Angeles", at("2026-07-01T06:59:59Z"))).toBe("2026-06-30");
    expect(todayIn("America/Los_Angeles", at("2026-07-01T07:00:00Z"))).toBe("2026-07-01");
  });

  it("follows the daylight-saving switches of 2026", () => {
    // Los Angeles springs forward on 8 March (UTC−8 → UTC−7) and falls back on 1 November (UTC−7 → UTC−8).
    expect(todayIn("America/Los_Angeles", at("2026-03-08T07:59:59Z"))).toBe("2026-03-07");
    expect(todayIn("America/Los_Angeles", at("2026-03-08T08:00:00Z"))).toBe("2026-03-08");
    expect(todayIn("America/Los_Angeles", at("2026-03-09T06:59:59Z"))).toBe("2026-03-08");
    expect(todayIn("America/Los_Angeles", at("2026-03-09T07:00:00Z"))).toBe("2026-03-09");
    expect(todayIn("America/Los_Angeles", at("2026-11-01T06:59:59Z"))).toBe("2026-10-31");
    expect(todayIn("America/Los_Angeles", at("2026-11-02T07:59:59Z"))).toBe("2026-11-01");
    expect(todayIn("America/Los_Angeles", at("2026-11-02T08:00:00Z"))).toBe("2026-11-02");
    // Auckland leaves daylight time on 5 April (UTC+13 → UTC+12) and starts it again on 27 September.
    expect(todayIn("Pacific/Auckland", at("2026-04-04T10:59:59Z"))).toBe("2026-04-04");
    expect(todayIn("Pacific/Auckland", at("2026-04-04T11:00:00Z"))).toBe("2026-04-05");
    expect(todayIn("Pacific/Auckland", at("2026-04-05T11:59:59Z"))).toBe("2026-04-05");
    expect(todayIn("Pacific/Auckland", at("2026-04-05T12:00:00Z"))).toBe("2026-04-06");
    expect(todayIn("Pacific/Auckland", at("2026-09-26T11:59:59Z"))).toBe("2026-09-26");
    expect(todayIn("Pacific/Auckland", at("2026-09-26T12:00:00Z"))).toBe("2026-09-27");
    expect(todayIn("Pacific/Auckland", at("2026-09-27T10:59:59Z"))).toBe("2026-09-27");
    expect(todayIn("Pacific/Auckland", at("2026-09-27T11:00:00Z"))).toBe("2026-09-28");
  });

  it("moves period boundaries with the organization's calendar", () => {
    const now = at("2026-03-31T23:30:00Z");
    expect(currentPeriodStart(todayIn("UTC", now), "monthly", 1)).toBe("2026-03-01");
    expect(currentPeriodStart(todayIn("Pacific/Auckland", now), "monthly", 1)).toBe("2026-04-01");
    expect(currentPeriodStart(todayIn("Pacific/Auckland", now), "quarterly", 1)).toBe("2026-04-01");
    expect(currentPeriodStart(todayIn("America/Los_Angeles", now), "quarterly", 1)).toBe("2026-01-01");
    // New Year arrives in Auckland eleven hours before Kolkata's five and a half.
    const newYear = at("2026-12-31T12:00:00Z");
    expect(currentPeriodStart(todayIn("Pacific/Auckland", newYear), "yearly", 1)).toBe("2027-01-01");
    expect(currentPeriodStart(todayIn("Asia/Kolkata", newYear), "yearly", 1)).toBe("2026-01-01");
    // Sunday 8 March 2026 in Los Angeles, Monday already in Auckland: weeks starting on Monday differ.
    const sunday = at("2026-03-08T20:00:00Z");
    expect(currentPeriodStart(todayIn("America/Los_Angeles", sunday), "weekly", 1)).toBe("2026-03-02");
    expect(currentPeriodStart(todayIn("Pacific/Auckland", sunday), "weekly", 1)).toBe("2026-03-09");
    expect(dueCutoff("monthly", todayIn("Pacific/Auckland", at("2026-04-03T11:30:00Z")), 1)).toBe("2026-03-01");
    expect(dueCutoff("monthly", todayIn("UTC", at("2026-04-03T11:30:00Z")), 1)).toBe("2026-02-01");
  });
});
