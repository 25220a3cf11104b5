import { describe, expect, it } from "vitest";
import { formulaGapText, type FormulaGap } from "./gaps";

describe("formulaGapText", () => {
  it.each([
    [{ kind: "missing", codes: ["HEADCOUNT"] } satisfies FormulaGap, "HEADCOUNT has no value for this period."],
    [{ kind: "missing", codes: ["A", "B"] } satisfies FormulaGap, "A and B have no value for this period."],
    [{ kind: "missing", codes: ["A", "B", "C"] } satisfies FormulaGap, "A, B and C have no value for this period."],
    [{ kind: "division_by_zero" } satisfies FormulaGap, "Division by zero: a divisor is 0 in this period."],
    [{ kind: "too_large" } satisfies FormulaGap, "The result is too large to store."],
    [{ kind: "before_start" } satisfies FormulaGap, "Before the KPI's start date."],
    [{ kind: "after_end" } satisfies FormulaGap, "After the KPI's end date."],
  ])("says why a period has no value: %j", (gap: FormulaGap, text) => {
    expect(formulaGapText(gap)).toBe(text);
  });
});
