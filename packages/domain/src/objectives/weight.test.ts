import { describe, expect, it } from "vitest";
import { kpiWeightProblem, setKpiWeightSchema } from "./weight";

const parse = (weight: unknown) => setKpiWeightSchema.safeParse({ objectiveId: "objective1", kpiId: "kpi1", weight });

describe("kpi weight", () => {
  it("takes plain positive numbers with up to two decimals, in one spelling", () => {
    for (const [text, normal] of [["1", "1"], ["2.5", "2.5"], ["2.50", "2.5"], ["+01", "1"], ["0.01", "0.01"], [" 3 ", "3"], ["1000", "1000"], ["1000.00", "1000"]]) {
      const result = parse(text);
      expect(result.success && result.data.weight).toBe(normal);
    }
  });

  it("refuses zero and negative weights with a reason", () => {
    for (const text of ["0", "0.00", "-1", "-0"]) {
      const result = parse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["weight"]);
    }
    expect(kpiWeightProblem("0")).toMatch(/more than 0/);
    expect(kpiWeightProblem("-2")).toMatch(/as a number/);
  });

  it("refuses what is not a plain number, too many decimals and too large a weight", () => {
    expect(kpiWeightProblem("1e3")).toMatch(/as a number/);
    expect(kpiWeightProblem("1,5")).toMatch(/as a number/);
    expect(kpiWeightProblem("NaN")).toMatch(/as a number/);
    expect(kpiWeightProblem("")).toMatch(/as a number/);
    expect(kpiWeightProblem("0.001")).toMatch(/at most 2 decimals/);
    expect(kpiWeightProblem("1000.01")).toMatch(/at most 1,000/);
    expect(kpiWeightProblem("1".repeat(12))).toMatch(/at most 1,000/);
    for (const value of [2, null, undefined, "x".repeat(100)]) expect(parse(value).success).toBe(false);
  });
});
