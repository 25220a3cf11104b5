import { describe, expect, it } from "vitest";
import { formulaGapText } from "./gaps";

describe("formulaGapText", () => {
  it.each([
    [{ kind: "missing", codes: ["HEADCOUNT"] } as const, "HEADCOUNT has no value for this period."],
    [{ kind: "missing", codes: ["A", "B"] } as const, "A and B have no value for this period."],
    [{ kind: "missing", codes: ["A", "B", "C"] } as const, "A, B and C have no value for this period."],
    [{ kind: "division_by_zero" } as const, "Division by zero: a divisor is 0 in this period."],
    [{ kind: "too_large" } as const, "The result is too large to store."],
    [{ kind: "before_start" } as const, "Before the KPI's start date."],
    [{ kind: "after_end" } as const, "After the KPI's end date."],
  ])("says why a period has no value: %j", (gap, text) => {
    expect(formulaGapText(gap)).toBe(text);
  });
});
