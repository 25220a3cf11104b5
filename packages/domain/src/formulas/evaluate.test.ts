import { describe, expect, it } from "vitest";
import { evaluateFormula, type FormulaOutcome } from "./evaluate";
import { parseFormula } from "./parse";

function run(text: string, inputs: Record<string, string> = {}): FormulaOutcome {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluateFormula(parsed.ast, inputs);
}

function value(text: string, inputs: Record<string, string> = {}): string {
  const outcome = run(text, inputs);
  if (outcome.kind !== "value") throw new Error(`${text}: ${outcome.kind}`);
  return outcome.value;
}

describe("evaluateFormula", () => {
  it.each([
    ["1 + 2 * 3", "7"],
    ["(1 + 2) * 3", "9"],
    ["10 - 4 - 3", "3"],
    ["10 - (4 - 3)", "9"],
    ["100 / 10 / 5", "2"],
    ["100 / (10 / 5)", "50"],
    ["2 * 3 / 4", "1.5"],
    ["8 / 4 * 2", "4"],
    ["-2 * 3", "-6"],
    ["-(2 + 3)", "-5"],
    ["5 - -2", "7"],
    ["--5", "5"],
    ["2 × 3 ÷ 4 − 1", "0.5"],
  ])("computes %s = %s with the usual precedence and associativity", (text, result) => {
    expect(value(text)).toBe(result);
  });

  it.each([
    ["0.1 + 0.2", "0.3"],
    ["0.3 - 0.1", "0.2"],
    ["1.1 * 1.1", "1.21"],
    ["0.000001 * 3", "0.000003"],
    ["123456789012345678 + 0.000001", "123456789012345678.000001"],
    ["999999999999999999.999999 - 999999999999999999", "0.999999"],
    ["0.1 * 3 - 0.3", "0"],
  ])("computes exact decimals: %s = %s", (text, result) => {
    expect(value(text)).toBe(result);
  });

  it.each([
    ["1 / 3", "0.333333"],
    ["2 / 3", "0.666667"],
    ["-2 / 3", "-0.666667"],
    ["0.0000005 * 1", "0.000001"],
    ["-0.0000005 * 1", "-0.000001"],
    ["0.0000004 * 1", "0"],
    ["-0.0000004 * 1", "0"],
    ["1 / 3 * 3", "1"],
    ["10 / 4", "2.5"],
  ])("rounds the result half away from zero to six decimals: %s = %s", (text, result) => {
    expect(value(text)).toBe(result);
  });

  it.each([
    ["min(3, 1, 2)", "1"],
    ["max(3, 1, 2)", "3"],
    ["min(-1, -2)", "-2"],
    ["max(0.1, 0.10000001)", "0.1"],
    ["abs(2 - 5)", "3"],
    ["abs(-0.5)", "0.5"],
    ["round(2.5)", "3"],
    ["round(-2.5)", "-3"],
    ["round(2.4999)", "2"],
    ["round(1.005, 2)", "1.01"],
    ["round(10 / 3, 2)", "3.33"],
    ["round(2 / 3, 0)", "1"],
    ["round(1.23456789, 6)", "1.234568"],
  ])("applies min, max, abs and round: %s = %s", (text, result) => {
    expect(value(text)).toBe(result);
  });

  it("reads the inputs' values by code", () => {
    expect(value("REVENUE / HEADCOUNT", { REVENUE: "305000", HEADCOUNT: "42" })).toBe("7261.904762");
    expect(value("A + B * C", { A: "1", B: "2", C: "0.5" })).toBe("2");
    expect(value("A - A", { A: "-12.5" })).toBe("0");
  });

  it("takes inputs from a map as well", () => {
    const parsed = parseFormula("A * 2");
    expect(parsed.ok && evaluateFormula(parsed.ast, new Map([["A", "0.25"]]))).toEqual({ kind: "value", value: "0.5" });
  });

  it("gives no value while an input has none, and names every missing input once, in formula order", () => {
    expect(run("A / B + C * B", { A: "1" })).toEqual({ kind: "missing", codes: ["B", "C"] });
    expect(run("min(A, B)", { B: "1" })).toEqual({ kind: "missing", codes: ["A"] });
  });

  it("gives no value on a division by zero, wherever it happens", () => {
    expect(run("A / B", { A: "1", B: "0" })).toEqual({ kind: "division_by_zero" });
    expect(run("A / (B - B)", { A: "1", B: "7.5" })).toEqual({ kind: "division_by_zero" });
    expect(run("1 / 0")).toEqual({ kind: "division_by_zero" });
    expect(run("0 / 0")).toEqual({ kind: "division_by_zero" });
    expect(run("max(1, 1 / round(0.4))")).toEqual({ kind: "division_by_zero" });
  });

  it("keeps a tiny divisor exact", () => {
    expect(value("1 / A", { A: "0.000001" })).toBe("1000000");
  });

  it("gives no value when the result does not fit a stored value", () => {
    expect(run("A * A", { A: "999999999999999999" })).toEqual({ kind: "too_large" });
    expect(run("A / 0.0000000000000000001", { A: "10" })).toEqual({ kind: "too_large" });
    expect(value("A", { A: "999999999999999999.999999" })).toBe("999999999999999999.999999");
    expect(run("A + 0.0000005", { A: "999999999999999999.999999" })).toEqual({ kind: "too_large" });
  });

  it("is exact where binary floats are not, across many sums", () => {
    const sum = Array.from({ length: 40 }, () => "0.1").join(" + ");
    expect(value(sum)).toBe("4");
    expect(value("A * 3", { A: "0.1" })).toBe("0.3");
  });
});
