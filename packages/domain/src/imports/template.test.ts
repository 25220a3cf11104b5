import { describe, expect, it } from "vitest";
import { importTemplateRows, MAX_TEMPLATE_KPIS } from "./template";

describe("the import template", () => {
  it("is the header, then one row per KPI by code or name, dated, the value left blank", () => {
    expect(importTemplateRows([{ code: "MRR", name: "Monthly recurring revenue", date: "2026-03-01" }, { code: null, name: "Visits", date: "2026-03-16" }])).toEqual([
      ["kpi", "date", "value", "comment"],
      ["MRR", "2026-03-01", "", ""],
      ["Visits", "2026-03-16", "", ""],
    ]);
  });

  it("is the header alone without KPIs, and lists at most the limit", () => {
    expect(importTemplateRows([])).toEqual([["kpi", "date", "value", "comment"]]);
    const many = Array.from({ length: MAX_TEMPLATE_KPIS + 5 }, (_, index) => ({ code: `K${index}`, name: `KPI ${index}`, date: "2026-01-01" }));
    expect(importTemplateRows(many)).toHaveLength(MAX_TEMPLATE_KPIS + 1);
  });
});
