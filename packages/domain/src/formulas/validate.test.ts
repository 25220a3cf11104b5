import { describe, expect, it } from "vitest";
import type { Cadence } from "../kpi/vocabulary";
import { validateFormula, type FormulaCatalogueEntry, type FormulaSubject } from "./validate";

function entry(id: string, code: string, overrides: Partial<FormulaCatalogueEntry> = {}): FormulaCatalogueEntry {
  return { id, code, cadence: "monthly", archived: false, inputIds: [], ...overrides };
}

const CATALOGUE: FormulaCatalogueEntry[] = [
  entry("revenue", "REVENUE"),
  entry("headcount", "HEADCOUNT"),
  entry("cost", "COST"),
  entry("visits", "VISITS", { cadence: "weekly" }),
  entry("old", "LEGACY", { archived: true }),
  // PROFIT = REVENUE - COST; MARGIN = PROFIT / REVENUE; SHARE = MARGIN * 100
  entry("profit", "PROFIT", { inputIds: ["revenue", "cost"] }),
  entry("margin", "MARGIN", { inputIds: ["profit", "revenue"] }),
  entry("share", "SHARE", { inputIds: ["margin"] }),
];

const NEW: FormulaSubject = { id: null, code: "PER_HEAD", cadence: "monthly" };

function errorsOf(text: string, subject: FormulaSubject = NEW, catalogue = CATALOGUE) {
  const result = validateFormula(text, subject, catalogue);
  return result.ok ? [] : result.errors;
}

describe("validateFormula", () => {
  it("resolves each code to its KPI once, in the order the formula names them", () => {
    const result = validateFormula("revenue / headcount + REVENUE", NEW, CATALOGUE);
    expect(result.ok && result.inputs).toEqual([
      { code: "REVENUE", id: "revenue" },
      { code: "HEADCOUNT", id: "headcount" },
    ]);
  });

  it("passes syntax errors through with their position", () => {
    expect(errorsOf("REVENUE / )")).toEqual([{ message: expect.stringContaining("Unexpected ')' at 11"), start: 10, end: 11 }]);
  });

  it("names an unknown code where it stands", () => {
    expect(errorsOf("REVENUE / STAFF")).toEqual([{ message: "No KPI has the code STAFF.", start: 10, end: 15 }]);
  });

  it("refuses an archived input", () => {
    expect(errorsOf("LEGACY * 2")).toEqual([{ message: "LEGACY is archived. Restore it or use another KPI.", start: 0, end: 6 }]);
  });

  it("prefers the active KPI when an archived one had the same code", () => {
    const catalogue = [...CATALOGUE, entry("old-revenue", "REVENUE", { archived: true })];
    const result = validateFormula("REVENUE * 2", NEW, catalogue);
    expect(result.ok && result.inputs).toEqual([{ code: "REVENUE", id: "revenue" }]);
  });

  it.each<[Cadence, string]>([
    ["weekly", "REVENUE is monthly; this KPI is weekly. Use inputs of the same cadence."],
    ["quarterly", "REVENUE is monthly; this KPI is quarterly. Use inputs of the same cadence."],
  ])("refuses an input of another cadence (%s)", (cadence, message) => {
    expect(errorsOf("REVENUE / 2", { ...NEW, cadence })).toEqual([{ message, start: 0, end: 7 }]);
  });

  it("refuses the KPI's own code, new or saved", () => {
    expect(errorsOf("PER_HEAD + 1")[0]?.message).toBe("PER_HEAD is this KPI's own code: a KPI cannot be calculated from itself.");
    expect(errorsOf("PROFIT + 1", { id: "profit", code: "PROFIT_2", cadence: "monthly" })[0]?.message).toContain("cannot be calculated from itself");
  });

  it("refuses a direct cycle and names it", () => {
    // PROFIT reads REVENUE: making REVENUE read PROFIT closes the loop.
    expect(errorsOf("PROFIT * 2", { id: "revenue", code: "REVENUE", cadence: "monthly" })).toEqual([
      { message: "This would make a cycle: REVENUE → PROFIT → REVENUE.", start: 0, end: 6 },
    ]);
  });

  it("refuses a cycle through a chain and names every link", () => {
    expect(errorsOf("SHARE - 1", { id: "cost", code: "COST", cadence: "monthly" })).toEqual([
      { message: "This would make a cycle: COST → SHARE → MARGIN → PROFIT → COST.", start: 0, end: 5 },
    ]);
  });

  it("names a KPI without a code as this KPI in the chain", () => {
    expect(errorsOf("PROFIT", { id: "cost", code: null, cadence: "monthly" })[0]?.message).toBe("This would make a cycle: this KPI → PROFIT → this KPI.");
  });

  it("accepts reading a KPI that reads the same inputs (a diamond, no cycle)", () => {
    const result = validateFormula("MARGIN + PROFIT + REVENUE", { id: null, code: "MIX", cadence: "monthly" }, CATALOGUE);
    expect(result.ok).toBe(true);
  });

  it("accepts an edit of a calculated KPI that keeps its inputs", () => {
    expect(errorsOf("PROFIT / REVENUE * 100", { id: "margin", code: "MARGIN", cadence: "monthly" })).toEqual([]);
  });

  it("treats a KPI the author cannot see as unknown, yet follows its formula to find a cycle", () => {
    const hidden = CATALOGUE.map((item) => (item.id === "profit" ? { ...item, visible: false } : item));
    expect(errorsOf("PROFIT * 2", NEW, hidden)).toEqual([{ message: "No KPI has the code PROFIT.", start: 0, end: 6 }]);
    expect(errorsOf("MARGIN + 1", { id: "cost", code: "COST", cadence: "monthly" }, hidden)[0]?.message).toBe(
      "This would make a cycle: COST → MARGIN → a KPI you cannot see → COST.",
    );
  });

  it("asks for at least one KPI code", () => {
    expect(errorsOf("1 + 2")[0]?.message).toContain("Use at least one KPI code");
  });

  it("reports every problem at once, each at its code", () => {
    const errors = errorsOf("STAFF + LEGACY + VISITS + REVENUE");
    expect(errors.map((error) => [error.start, error.message.split(" ")[0]])).toEqual([
      [0, "No"],
      [8, "LEGACY"],
      [17, "VISITS"],
    ]);
  });
});
