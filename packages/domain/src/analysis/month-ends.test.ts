import { describe, expect, it } from "vitest";
import { historyMonths } from "./month-ends";

describe("historyMonths", () => {
  it("gives twelve months oldest first, the current one judged today", () => {
    const months = historyMonths("2026-11-18");
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: "2025-12", asOf: "2025-12-31" });
    expect(months[2]).toEqual({ month: "2026-02", asOf: "2026-02-28" });
    expect(months.at(-1)).toEqual({ month: "2026-11", asOf: "2026-11-18" });
  });

  it("crosses years and leap days", () => {
    expect(historyMonths("2024-03-05", 3)).toEqual([
      { month: "2024-01", asOf: "2024-01-31" },
      { month: "2024-02", asOf: "2024-02-29" },
      { month: "2024-03", asOf: "2024-03-05" },
    ]);
  });

  it("judges the current month on its last day when today is that day", () => {
    expect(historyMonths("2026-01-31", 1)).toEqual([{ month: "2026-01", asOf: "2026-01-31" }]);
  });

  it("refuses a count it cannot mean", () => {
    for (const count of [0, -1, 1.5, 121, Number.NaN]) expect(() => historyMonths("2026-01-31", count)).toThrow(/1 to 120 months/);
  });
});
