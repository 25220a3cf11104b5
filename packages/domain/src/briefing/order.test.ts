import { describe, expect, it } from "vitest";
import type { KpiStatus } from "../kpi/vocabulary";
import { briefingSummary, orderBriefingSections } from "./order";

const kpi = (id: string, name: string, status: KpiStatus) => ({ id, name, status });

describe("orderBriefingSections", () => {
  it("puts the worst first, then orders by name and id", () => {
    const ordered = orderBriefingSections([
      kpi("1", "Zeta", "on_track"),
      kpi("2", "beta", "at_risk"),
      kpi("3", "Alpha", "at_risk"),
      kpi("4", "Gamma", "no_data"),
      kpi("5", "Delta", "overdue"),
      kpi("6", "Omega", "off_track"),
      kpi("8", "Same", "on_track"),
      kpi("7", "Same", "on_track"),
    ]);
    expect(ordered.map((section) => section.id)).toEqual(["6", "5", "3", "2", "4", "7", "8", "1"]);
  });

  it("leaves its input as it was", () => {
    const input = [kpi("1", "B", "on_track"), kpi("2", "A", "off_track")];
    orderBriefingSections(input);
    expect(input.map((section) => section.id)).toEqual(["1", "2"]);
  });
});

describe("briefingSummary", () => {
  it("counts each status and the share on track among the judged", () => {
    const summary = briefingSummary(["on_track", "on_track", "off_track", "no_data", "overdue"]);
    expect(summary.total).toBe(5);
    expect(summary.counts).toEqual({ on_track: 2, at_risk: 0, off_track: 1, overdue: 1, no_data: 1 });
    expect(summary.onTrackShare).toBe(0.5);
  });

  it("has no share when nothing is judged", () => {
    expect(briefingSummary([]).onTrackShare).toBeNull();
    expect(briefingSummary(["no_data"]).onTrackShare).toBeNull();
  });
});
