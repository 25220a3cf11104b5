import { describe, expect, it } from "vitest";
import { dueDigest, latestDigestSlot, type DigestSchedule } from "./digest";
import { instantAtLocalHour } from "./local-time";

const at = (iso: string) => new Date(iso);
const daily = (timeZone: string): DigestSchedule => ({ frequency: "daily", timeZone, weekStart: 1 });
const weekly = (timeZone: string, weekStart: number): DigestSchedule => ({ frequency: "weekly", timeZone, weekStart });

describe("instantAtLocalHour", () => {
  it("is 08:00 on the zone's wall clock, whatever the offset", () => {
    expect(instantAtLocalHour("UTC", "2026-06-10", 8).toISOString()).toBe("2026-06-10T08:00:00.000Z");
    expect(instantAtLocalHour("Europe/Berlin", "2026-01-10", 8).toISOString()).toBe("2026-01-10T07:00:00.000Z");
    expect(instantAtLocalHour("Europe/Berlin", "2026-07-10", 8).toISOString()).toBe("2026-07-10T06:00:00.000Z");
    expect(instantAtLocalHour("America/New_York", "2026-01-10", 8).toISOString()).toBe("2026-01-10T13:00:00.000Z");
    expect(instantAtLocalHour("Asia/Kathmandu", "2026-01-10", 8).toISOString()).toBe("2026-01-10T02:15:00.000Z");
    expect(instantAtLocalHour("Pacific/Auckland", "2026-01-10", 8).toISOString()).toBe("2026-01-09T19:00:00.000Z");
  });

  it("stays at 08:00 on the days the clocks change in the night", () => {
    // Berlin springs forward at 02:00 on 29 March 2026 and falls back at 03:00 on 25 October 2026.
    expect(instantAtLocalHour("Europe/Berlin", "2026-03-29", 8).toISOString()).toBe("2026-03-29T06:00:00.000Z");
    expect(instantAtLocalHour("Europe/Berlin", "2026-10-25", 8).toISOString()).toBe("2026-10-25T07:00:00.000Z");
    // New York: 8 March and 1 November 2026.
    expect(instantAtLocalHour("America/New_York", "2026-03-08", 8).toISOString()).toBe("2026-03-08T12:00:00.000Z");
    expect(instantAtLocalHour("America/New_York", "2026-11-01", 8).toISOString()).toBe("2026-11-01T13:00:00.000Z");
    // Lord Howe Island moves its clocks by half an hour.
    expect(instantAtLocalHour("Australia/Lord_Howe", "2026-04-05", 8).toISOString()).toBe("2026-04-04T21:30:00.000Z");
    expect(instantAtLocalHour("Australia/Lord_Howe", "2026-10-04", 8).toISOString()).toBe("2026-10-03T21:00:00.000Z");
  });
});

describe("latestDigestSlot", () => {
  it("is none without a digest", () => {
    expect(latestDigestSlot({ frequency: "none", timeZone: "UTC", weekStart: 1 }, at("2026-06-10T12:00:00Z"))).toBeNull();
  });

  it("daily: today's 08:00 from 08:00 on, yesterday's before", () => {
    expect(latestDigestSlot(daily("UTC"), at("2026-06-10T08:00:00Z"))?.toISOString()).toBe("2026-06-10T08:00:00.000Z");
    expect(latestDigestSlot(daily("UTC"), at("2026-06-10T23:59:59Z"))?.toISOString()).toBe("2026-06-10T08:00:00.000Z");
    expect(latestDigestSlot(daily("UTC"), at("2026-06-10T07:59:59.999Z"))?.toISOString()).toBe("2026-06-09T08:00:00.000Z");
    // Across a year end.
    expect(latestDigestSlot(daily("UTC"), at("2027-01-01T03:00:00Z"))?.toISOString()).toBe("2026-12-31T08:00:00.000Z");
  });

  it("daily: follows the organization's day, not UTC's", () => {
    // 20:00 UTC on 9 January is already 10 January, 09:00, in Auckland.
    expect(latestDigestSlot(daily("Pacific/Auckland"), at("2026-01-09T20:00:00Z"))?.toISOString()).toBe("2026-01-09T19:00:00.000Z");
    // 12:30 UTC is 07:30 in New York: yesterday's slot still stands.
    expect(latestDigestSlot(daily("America/New_York"), at("2026-01-10T12:30:00Z"))?.toISOString()).toBe("2026-01-09T13:00:00.000Z");
  });

  it("daily: the slot before a clock change is a wall-clock day earlier, 23 or 25 hours", () => {
    expect(latestDigestSlot(daily("Europe/Berlin"), at("2026-03-29T05:59:00Z"))?.toISOString()).toBe("2026-03-28T07:00:00.000Z");
    expect(latestDigestSlot(daily("Europe/Berlin"), at("2026-03-29T06:00:00Z"))?.toISOString()).toBe("2026-03-29T06:00:00.000Z");
    expect(latestDigestSlot(daily("Europe/Berlin"), at("2026-10-25T06:30:00Z"))?.toISOString()).toBe("2026-10-24T06:00:00.000Z");
    expect(latestDigestSlot(daily("Europe/Berlin"), at("2026-10-25T07:00:00Z"))?.toISOString()).toBe("2026-10-25T07:00:00.000Z");
  });

  it("weekly: 08:00 on the organization's week start day", () => {
    // 10 June 2026 is a Wednesday; the Monday before is 8 June, the Sunday 7 June.
    expect(latestDigestSlot(weekly("UTC", 1), at("2026-06-10T12:00:00Z"))?.toISOString()).toBe("2026-06-08T08:00:00.000Z");
    expect(latestDigestSlot(weekly("UTC", 7), at("2026-06-10T12:00:00Z"))?.toISOString()).toBe("2026-06-07T08:00:00.000Z");
    expect(latestDigestSlot(weekly("UTC", 3), at("2026-06-10T12:00:00Z"))?.toISOString()).toBe("2026-06-10T08:00:00.000Z");
    // On the start day before 08:00: last week's.
    expect(latestDigestSlot(weekly("UTC", 3), at("2026-06-10T07:00:00Z"))?.toISOString()).toBe("2026-06-03T08:00:00.000Z");
    // The day after the start day.
    expect(latestDigestSlot(weekly("UTC", 4), at("2026-06-10T12:00:00Z"))?.toISOString()).toBe("2026-06-04T08:00:00.000Z");
  });

  it("weekly: every week start day gives a slot within the last seven days, on that weekday", () => {
    const now = at("2026-06-10T12:00:00Z");
    for (let weekStart = 1; weekStart <= 7; weekStart += 1) {
      const slot = latestDigestSlot(weekly("UTC", weekStart), now);
      expect(slot).not.toBeNull();
      const age = now.getTime() - (slot?.getTime() ?? 0);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThan(7 * 24 * 3600 * 1000);
      expect(((slot?.getUTCDay() ?? 0) + 6) % 7 + 1).toBe(weekStart);
      expect(slot?.getUTCHours()).toBe(8);
    }
  });

  it("weekly: in the organization's week, across a clock change", () => {
    // Monday 30 March 2026 in Berlin, after the change to summer time.
    expect(latestDigestSlot(weekly("Europe/Berlin", 1), at("2026-04-01T10:00:00Z"))?.toISOString()).toBe("2026-03-30T06:00:00.000Z");
    // Sunday evening in UTC is already Monday morning in Auckland.
    expect(latestDigestSlot(weekly("Pacific/Auckland", 1), at("2026-06-07T21:00:00Z"))?.toISOString()).toBe("2026-06-07T20:00:00.000Z");
  });
});

describe("dueDigest", () => {
  it("is never due without a digest", () => {
    expect(dueDigest({ frequency: "none", timeZone: "UTC", weekStart: 1 }, null, at("2026-06-10T12:00:00Z"))).toBeNull();
  });

  it("first digest: due at once, covering the period before the latest slot up to now", () => {
    const now = at("2026-06-10T10:00:00Z");
    expect(dueDigest(daily("UTC"), null, now)).toEqual({
      slot: at("2026-06-10T08:00:00Z"),
      windowStart: at("2026-06-09T08:00:00Z"),
      windowEnd: now,
    });
    expect(dueDigest(weekly("UTC", 1), null, now)).toEqual({
      slot: at("2026-06-08T08:00:00Z"),
      windowStart: at("2026-06-01T08:00:00Z"),
      windowEnd: now,
    });
  });

  it("first digest across a clock change starts at 08:00 the wall-clock day before", () => {
    expect(dueDigest(daily("Europe/Berlin"), null, at("2026-03-29T09:00:00Z"))?.windowStart.toISOString()).toBe("2026-03-28T07:00:00.000Z");
    expect(dueDigest(weekly("Europe/Berlin", 1), null, at("2026-03-30T09:00:00Z"))?.windowStart.toISOString()).toBe("2026-03-23T07:00:00.000Z");
  });

  it("is not due again until the next slot has passed", () => {
    const sentAt = at("2026-06-10T08:00:30Z");
    expect(dueDigest(daily("UTC"), sentAt, at("2026-06-10T08:01:00Z"))).toBeNull();
    expect(dueDigest(daily("UTC"), sentAt, at("2026-06-11T07:59:59Z"))).toBeNull();
    expect(dueDigest(daily("UTC"), sentAt, at("2026-06-11T08:00:00Z"))).toEqual({
      slot: at("2026-06-11T08:00:00Z"),
      windowStart: sentAt,
      windowEnd: at("2026-06-11T08:00:00Z"),
    });
  });

  it("a digest sent exactly at the slot answers it", () => {
    expect(dueDigest(daily("UTC"), at("2026-06-10T08:00:00Z"), at("2026-06-10T09:00:00Z"))).toBeNull();
  });

  it("after days without a sweep, one digest covers everything since the last", () => {
    const due = dueDigest(daily("UTC"), at("2026-06-01T08:00:10Z"), at("2026-06-10T09:00:00Z"));
    expect(due?.slot.toISOString()).toBe("2026-06-10T08:00:00.000Z");
    expect(due?.windowStart.toISOString()).toBe("2026-06-01T08:00:10.000Z");
  });

  it("weekly: due once a week, on the start day's 08:00", () => {
    const sentAt = at("2026-06-08T08:00:05Z");
    expect(dueDigest(weekly("UTC", 1), sentAt, at("2026-06-14T23:00:00Z"))).toBeNull();
    expect(dueDigest(weekly("UTC", 1), sentAt, at("2026-06-15T07:59:00Z"))).toBeNull();
    expect(dueDigest(weekly("UTC", 1), sentAt, at("2026-06-15T08:00:00Z"))?.slot.toISOString()).toBe("2026-06-15T08:00:00.000Z");
  });

  it("daily in New York: the sweep at 12:59 UTC is too early, at 13:00 UTC in winter it is due", () => {
    const sentAt = at("2026-01-09T13:00:05Z");
    expect(dueDigest(daily("America/New_York"), sentAt, at("2026-01-10T12:59:00Z"))).toBeNull();
    expect(dueDigest(daily("America/New_York"), sentAt, at("2026-01-10T13:00:00Z"))).not.toBeNull();
  });
});
