import { describe, expect, it } from "vitest";
import type { FormulaNode } from "./ast";
import { parseFormula } from "./parse";
import { renderFormula } from "./render";

function render(text: string): string {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return renderFormula(parsed.ast);
}

function withoutPositions(node: FormulaNode): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === "start" || key === "end" ? undefined : value)));
}

describe("renderFormula", () => {
  it.each([
    ["revenue/headcount", "REVENUE / HEADCOUNT"],
    ["a+b*c", "A + B * C"],
    ["(a+b)*c", "(A + B) * C"],
    ["((A))", "A"],
    ["(A * B) + C", "A * B + C"],
    ["A - (B - C)", "A - (B - C)"],
    ["A - (B + C)", "A - (B + C)"],
    ["(A - B) - C", "A - B - C"],
    ["A / (B * C)", "A / (B * C)"],
    ["A × B ÷ C − D", "A * B / C - D"],
    ["-(A + B)", "-(A + B)"],
    ["--A", "-(-A)"],
    ["-(-A)", "-(-A)"],
    ["A * -B", "A * -B"],
    ["-A * B", "-A * B"],
    ["MIN(a,b,  1.50)", "min(A, B, 1.5)"],
    ["round( A/B ,2 )", "round(A / B, 2)"],
    ["007.10 * A", "7.1 * A"],
  ])("writes %s as %s", (text, canonical) => {
    expect(render(text)).toBe(canonical);
  });

  it("reads back as the same tree, for many generated formulas", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const generate = (depth: number): string => {
      const pick = depth > 3 ? random(2) : random(7);
      if (pick === 0) return ["A", "B", "REVENUE", "x_1"][random(4)]!;
      if (pick === 1) return ["1", "0.5", "12.25", "007"][random(4)]!;
      if (pick === 2) return `-${generate(depth + 1)}`;
      if (pick === 3) return `(${generate(depth + 1)})`;
      if (pick === 4) return `${["min", "max"][random(2)]}(${generate(depth + 1)}, ${generate(depth + 1)})`;
      if (pick === 5) return `abs(${generate(depth + 1)})`;
      return `${generate(depth + 1)} ${["+", "-", "*", "/", "×", "÷"][random(6)]} ${generate(depth + 1)}`;
    };
    for (let run = 0; run < 2_000; run += 1) {
      const text = generate(0);
      const first = parseFormula(text);
      if (!first.ok) continue;
      const canonical = renderFormula(first.ast);
      const second = parseFormula(canonical);
      expect(second.ok, `${text} → ${canonical}`).toBe(true);
      if (second.ok) {
        expect(withoutPositions(second.ast), `${text} → ${canonical}`).toEqual(withoutPositions(first.ast));
        expect(renderFormula(second.ast)).toBe(canonical);
      }
    }
  });
});
