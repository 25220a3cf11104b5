import { describe, expect, it } from "vitest";
import { startOfDayIn } from "./day-start";
import { todayIn } from "./today";

describe("startOfDayIn", () => {
  it("is midnight UTC in UTC", () => {
    expect(startOfDayIn("UTC", "2026-03-01").toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("is the evening before in zones ahead of UTC and the morning in zones behind", () => {
    expect(startOfDayIn("Europe/Berlin", "2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDayIn("Europe/Berlin", "2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(startOfDayIn("America/Los_Angeles", "2026-01-15").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(startOfDayIn("Pacific/Auckland", "2026-01-15").toISOString()).toBe("2026-01-14T11:00:00.000Z");
  });

  it("follows daylight-saving changes on the day itself", () => {
    // Clocks go forward at 02:00 on 2026-03-29 in Berlin: the day still begins at midnight, UTC+1.
    expect(startOfDayIn("Europe/Berlin", "2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayIn("Europe/Berlin", "2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfDayIn("America/New_York", "2026-11-01").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(startOfDayIn("America/New_York", "2026-11-02").toISOString()).toBe("2026-11-02T05:00:00.000Z");
  });

  it("is the first instant whose local date is that day", () => {
    for (const zone of ["UTC", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Kiritimati"]) {
      for (const date of ["2026-01-01", "2026-04-05", "2026-10-04", "2028-02-29"]) {
        const start = startOfDayIn(zone, date);
        expect(todayIn(zone, start), `${zone} ${date}`).toBe(date);
        expect(todayIn(zone, new Date(start.getTime() - 1)), `${zone} ${date}`).not.toBe(date);
      }
    }
  });
});
