import { describe, expect, it } from "vitest";
import { kpiStatus } from "./status";
import type { KpiStatusInput } from "./status";

// A monthly KPI with the default 3 grace days: on 2026-04-03 February is the latest due period, on
// 2026-04-04 March is.
const monthly: KpiStatusInput = {
  latestPeriodStart: "2026-03-01",
  latestStatus: "at_risk",
  cadence: "monthly",
  startDate: "2025-06-15",
  endDate: null,
  today: "2026-04-20",
  weekStart: 1,
};

describe("kpiStatus", () => {
  it("is no_data without any value only until the first period is due", () => {
    const fresh = { ...monthly, latestPeriodStart: null, latestStatus: null, startDate: "2026-03-10" };
    // March is due from 2026-04-04 on (3 grace days).
    expect(kpiStatus({ ...fresh, today: "2026-03-20" })).toBe("no_data");
    expect(kpiStatus({ ...fresh, today: "2026-04-03" })).toBe("no_data");
    expect(kpiStatus({ ...fresh, today: "2026-04-04" })).toBe("overdue");
  });

  it("is overdue, not no_data, when a KPI that started long ago has no value at all", () => {
    expect(kpiStatus({ ...monthly, latestPeriodStart: null, latestStatus: null })).toBe("overdue");
    expect(kpiStatus({ ...monthly, latestPeriodStart: null, latestStatus: null, today: "2030-01-01" })).toBe("overdue");
  });

  it("rests at no_data when a KPI ended before its first period was due, or never had a value and has ended", () => {
    const ended = { ...monthly, latestPeriodStart: null, latestStatus: null, startDate: "2025-01-01", endDate: "2025-06-30" };
    expect(kpiStatus(ended)).toBe("no_data");
  });

  it("is no_data when the newest value could not be judged (no target yet) and is current", () => {
    expect(kpiStatus({ ...monthly, latestPeriodStart: "2026-03-01", latestStatus: null })).toBe("no_data");
  });

  it("passes the latest period's status through while values are current", () => {
    expect(kpiStatus(monthly)).toBe("at_risk");
    expect(kpiStatus({ ...monthly, latestStatus: "on_track" })).toBe("on_track");
    expect(kpiStatus({ ...monthly, latestStatus: "off_track" })).toBe("off_track");
  });

  it("counts a value for the current, not yet due period as current", () => {
    expect(kpiStatus({ ...monthly, latestPeriodStart: "2026-04-01" })).toBe("at_risk");
  });

  it("is not overdue on the last grace day, and overdue the day after", () => {
    const february = { ...monthly, latestPeriodStart: "2026-02-01" };
    expect(kpiStatus({ ...february, today: "2026-04-03" })).toBe("at_risk");
    expect(kpiStatus({ ...february, today: "2026-04-04" })).toBe("overdue");
  });

  it("follows a custom grace period", () => {
    const february = { ...monthly, latestPeriodStart: "2026-02-01" };
    expect(kpiStatus({ ...february, today: "2026-04-01", graceDays: 0 })).toBe("overdue");
    expect(kpiStatus({ ...february, today: "2026-04-10", graceDays: 10 })).toBe("at_risk");
    expect(kpiStatus({ ...february, today: "2026-04-11", graceDays: 10 })).toBe("overdue");
  });

  it("is overdue when values stopped long ago", () => {
    expect(kpiStatus({ ...monthly, latestPeriodStart: "2025-07-01" })).toBe("overdue");
  });

  it("is not overdue before the KPI's first period is due", () => {
    const fresh = { ...monthly, startDate: "2026-03-10", latestPeriodStart: "2026-03-01", latestStatus: "on_track" as const };
    expect(kpiStatus({ ...fresh, today: "2026-04-03" })).toBe("on_track");
    // A value recorded early for a period before the start, and the start not yet due: still not overdue.
    expect(kpiStatus({ ...fresh, startDate: "2026-04-02", latestPeriodStart: "2026-02-01", today: "2026-04-20" })).toBe("on_track");
  });

  it("is overdue once the first period is due without a value for it", () => {
    const fresh = { ...monthly, startDate: "2026-03-10", latestPeriodStart: "2026-02-01", latestStatus: "on_track" as const };
    expect(kpiStatus({ ...fresh, today: "2026-04-03" })).toBe("on_track");
    expect(kpiStatus({ ...fresh, today: "2026-04-04" })).toBe("overdue");
  });

  it("is overdue for the last period of an ended KPI, then rests at its last status", () => {
    const ended = { ...monthly, endDate: "2026-03-31", latestPeriodStart: "2026-02-01" };
    expect(kpiStatus({ ...ended, today: "2026-04-03" })).toBe("at_risk");
    expect(kpiStatus({ ...ended, today: "2026-04-04" })).toBe("overdue");
    expect(kpiStatus({ ...ended, today: "2026-05-04" })).toBe("at_risk");
    expect(kpiStatus({ ...ended, latestPeriodStart: "2026-03-01", today: "2026-04-04" })).toBe("at_risk");
  });

  it("uses the organization's week start for weekly KPIs", () => {
    // Weeks from Monday: the week of 2026-03-02 ends on 03-08 and is due after 03-11.
    const weekly: KpiStatusInput = { ...monthly, cadence: "weekly", latestPeriodStart: "2026-02-23", startDate: "2026-01-05" };
    expect(kpiStatus({ ...weekly, today: "2026-03-11" })).toBe("at_risk");
    expect(kpiStatus({ ...weekly, today: "2026-03-12" })).toBe("overdue");
    // Weeks from Sunday: the week of 2026-03-01 ends on 03-07 and is due after 03-10.
    const sunday = { ...weekly, weekStart: 7, latestPeriodStart: "2026-02-22" };
    expect(kpiStatus({ ...sunday, today: "2026-03-10" })).toBe("at_risk");
    expect(kpiStatus({ ...sunday, today: "2026-03-11" })).toBe("overdue");
  });

  it("is no_data when a value exists without a status", () => {
    expect(kpiStatus({ ...monthly, latestStatus: null })).toBe("no_data");
  });
});
