import { describe, expect, it } from "vitest";
import { historyPoints, historySummary } from "./history-points";

const counts = (on_track: number, at_risk: number, off_track: number, overdue: number, no_data: number) => ({ on_track, at_risk, off_track, overdue, no_data });

describe("historyPoints", () => {
  it("turns each month's counts into shares that add up to 100", () => {
    const [point] = historyPoints([{ month: "2026-10", counts: counts(2, 1, 1, 0, 0) }], (month) => `M ${month}`);
    expect(point).toMatchObject({ label: "M 2026-10", total: 4, shares: { on_track: 50, at_risk: 25, off_track: 25, overdue: 0, no_data: 0 } });
  });

  it("gives an empty month shares of zero rather than dividing by zero", () => {
    expect(historyPoints([{ month: "2026-01", counts: counts(0, 0, 0, 0, 0) }], String)[0]?.shares.on_track).toBe(0);
  });
});

describe("historySummary", () => {
  const percent = (share: number) => `${Math.round(share)}%`;
  it("names the share on track in the first month with KPIs and in the last, and the last month's mix", () => {
    const points = historyPoints(
      [
        { month: "a", counts: counts(0, 0, 0, 0, 0) },
        { month: "b", counts: counts(1, 0, 1, 0, 0) },
        { month: "c", counts: counts(3, 0, 0, 1, 0) },
      ],
      (month) => month.toUpperCase(),
    );
    expect(historySummary(points, percent)).toBe("On track: 50% of KPIs in B, 75% in C (3 on track, 1 overdue).");
  });

  it("says when no month had a KPI", () => {
    expect(historySummary(historyPoints([{ month: "a", counts: counts(0, 0, 0, 0, 0) }], String), percent)).toBe("No KPI had a status in these months.");
  });
});
