import { describe, expect, it } from "vitest";
import { dependentLevels, formulaDepths, inDepthOrder } from "./dependencies";

// a, b, c are recorded; k1 = a + b; k2 = k1 * c; k3 = k2 - k1; k4 = c
const FORMULAS = new Map<string, string[]>([
  ["k1", ["a", "b"]],
  ["k2", ["k1", "c"]],
  ["k3", ["k2", "k1"]],
  ["k4", ["c"]],
]);

describe("dependentLevels", () => {
  it("finds nothing to do when no formula reads the changed KPIs", () => {
    expect(dependentLevels(FORMULAS, ["z"])).toEqual([]);
    expect(dependentLevels(new Map(), ["a"])).toEqual([]);
  });

  it("orders a chain so every KPI comes after its inputs", () => {
    expect(dependentLevels(FORMULAS, ["a"])).toEqual([["k1"], ["k2"], ["k3"]]);
  });

  it("groups KPIs by their depth among all formulas, so every level reads only earlier ones", () => {
    expect(dependentLevels(FORMULAS, ["c"])).toEqual([["k4"], ["k2"], ["k3"]]);
    expect(dependentLevels(FORMULAS, ["a", "c"])).toEqual([["k1", "k4"], ["k2"], ["k3"]]);
  });

  it("includes KPIs to recompute in full, with what reads them", () => {
    expect(dependentLevels(FORMULAS, [], ["k2"])).toEqual([["k2"], ["k3"]]);
    expect(dependentLevels(FORMULAS, [], ["k4"])).toEqual([["k4"]]);
    expect(dependentLevels(FORMULAS, [], ["a"])).toEqual([["k1"], ["k2"], ["k3"]]);
  });

  it("measures depth from recorded values and locks in depth order, then by id", () => {
    expect(Object.fromEntries(formulaDepths(FORMULAS))).toEqual({ k1: 1, k2: 2, k3: 3, k4: 1 });
    expect(inDepthOrder(FORMULAS, ["k3", "c", "k4", "k2", "a", "k1"])).toEqual(["a", "c", "k1", "k4", "k2", "k3"]);
  });

  it("starts from a calculated KPI whose own formula changed", () => {
    expect(dependentLevels(FORMULAS, ["k2"])).toEqual([["k3"]]);
  });

  it("lists each KPI once, however many paths reach it", () => {
    const levels = dependentLevels(FORMULAS, ["a", "b", "c", "a"]);
    expect(levels.flat().sort()).toEqual(["k1", "k2", "k3", "k4"]);
  });

  it("leaves out a cycle instead of following it forever", () => {
    const cyclic = new Map<string, string[]>([
      ["x", ["y", "a"]],
      ["y", ["x"]],
      ["k", ["a"]],
    ]);
    expect(dependentLevels(cyclic, ["a"])).toEqual([["k"]]);
  });

  it("handles a long chain without deep recursion problems", () => {
    const chain = new Map<string, string[]>(Array.from({ length: 500 }, (_, index) => [`k${index}`, [index === 0 ? "a" : `k${index - 1}`]]));
    const levels = dependentLevels(chain, ["a"]);
    expect(levels).toHaveLength(500);
    expect(levels[499]).toEqual(["k499"]);
  });
});
