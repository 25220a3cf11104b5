import { describe, expect, it } from "vitest";
import type { KpiStatus } from "../kpi/vocabulary";
import { healthTrend, onTrackShare } from "./health-trend";

function counts(overrides: Partial<Record<KpiStatus, number>>): Record<KpiStatus, number> {
  return { on_track: 0, at_risk: 0, off_track: 0, overdue: 0, no_data: 0, ...overrides };
}

describe("onTrackShare", () => {
  it("counts on track among the judged KPIs, leaving out those with no data", () => {
    expect(onTrackShare(counts({ on_track: 3, off_track: 1, no_data: 6 }))).toBe(0.75);
    expect(onTrackShare(counts({ overdue: 2 }))).toBe(0);
    expect(onTrackShare(counts({ no_data: 4 }))).toBeNull();
  });
});

describe("healthTrend", () => {
  it("is improving or declining when the share on track moved by the threshold or more", () => {
    expect(healthTrend(counts({ on_track: 3, at_risk: 1 }), counts({ on_track: 2, at_risk: 2 }))).toBe("improving");
    expect(healthTrend(counts({ on_track: 1, overdue: 3 }), counts({ on_track: 2, overdue: 2 }))).toBe("declining");
  });

  it("is steady for a smaller move, and at exactly the threshold it counts", () => {
    expect(healthTrend(counts({ on_track: 51, off_track: 49 }), counts({ on_track: 50, off_track: 50 }))).toBe("steady");
    expect(healthTrend(counts({ on_track: 55, off_track: 45 }), counts({ on_track: 50, off_track: 50 }))).toBe("improving");
    expect(healthTrend(counts({ on_track: 1, off_track: 1 }), counts({ on_track: 1, off_track: 1 }))).toBe("steady");
  });

  it("is new when either side has nothing judged", () => {
    expect(healthTrend(counts({ on_track: 2 }), counts({ no_data: 2 }))).toBe("new");
    expect(healthTrend(counts({}), counts({ on_track: 1 }))).toBe("new");
  });
});
