import { describe, expect, it } from "vitest";
import type { KpiStatus } from "@tally/domain";
import { createFormatter, defaultFormatter } from "@/lib/format";
import { formatHealthValue, hasHistory, healthHistorySummary, type HealthHistoryMonth } from "./health-history-data";

const values = (partial: Partial<Record<KpiStatus, number>>) => ({ on_track: 0, at_risk: 0, off_track: 0, overdue: 0, no_data: 0, ...partial });
const month = (label: string, partial: Partial<Record<KpiStatus, number>>): HealthHistoryMonth => ({ month: label, label, values: values(partial) });

describe("health history words", () => {
  it("says where the share on track went between the first and last judged months, counts first", () => {
    const months = [month("Dec 2025", { no_data: 3 }), month("Jan 2026", { on_track: 1, off_track: 1 }), month("Feb 2026", { on_track: 2, overdue: 1, no_data: 1 })];
    expect(healthHistorySummary(months, "count", defaultFormatter)).toBe("From 1 of 2 KPIs on track in Jan 2026 to 2 of 3 KPIs on track in Feb 2026. Now 1 overdue.");
  });

  it("speaks of weight in shares", () => {
    const months = [month("Jan 2026", { on_track: 0.25, at_risk: 0.75 }), month("Feb 2026", { on_track: 0.5, no_data: 0.5 })];
    expect(healthHistorySummary(months, "share", defaultFormatter)).toBe("From 25% of the judged weight on track in Jan 2026 to 100% of the judged weight on track in Feb 2026.");
  });

  it("has one month, or none, to speak of", () => {
    expect(healthHistorySummary([month("Feb 2026", { on_track: 1, at_risk: 1 })], "count", defaultFormatter)).toBe("1 of 2 KPIs on track in Feb 2026.");
    expect(healthHistorySummary([month("Feb 2026", { no_data: 2 })], "count", defaultFormatter)).toBe("No KPI could be judged in these months yet.");
    expect(hasHistory([month("Feb 2026", {})])).toBe(false);
    expect(hasHistory([month("Feb 2026", { no_data: 1 })])).toBe(true);
  });

  it("formats counts and shares in the reader's locale", () => {
    const german = createFormatter({ locale: "de-DE", timeZone: "Europe/Berlin", currency: "EUR" });
    expect(formatHealthValue(1234, "count", german)).toBe("1.234");
    expect(formatHealthValue(0.375, "share", german)).toBe("38\u00a0%");
  });
});
