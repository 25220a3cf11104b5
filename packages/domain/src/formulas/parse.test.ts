import { describe, expect, it } from "vitest";
import type { FormulaNode } from "./ast";
import { MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING } from "./limits";
import { parseFormula } from "./parse";

/** The tree without positions, written compactly: (op left right), -x, fn(args). */
function shape(node: FormulaNode): string {
  switch (node.kind) {
    case "number":
      return node.value;
    case "input":
      return node.code;
    case "negate":
      return `-${shape(node.operand)}`;
    case "binary":
      return `(${node.operator} ${shape(node.left)} ${shape(node.right)})`;
    case "call":
      return `${node.name}(${node.args.map(shape).join(" ")})`;
  }
}

function treeOf(text: string): string {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return shape(parsed.ast);
}

function errorOf(text: string) {
  const parsed = parseFormula(text);
  if (parsed.ok) throw new Error(`${text} parsed as ${shape(parsed.ast)}`);
  return parsed.error;
}

describe("parseFormula: what a formula is", () => {
  it.each([
    ["REVENUE / HEADCOUNT", "(/ REVENUE HEADCOUNT)"],
    ["A + B * C", "(+ A (* B C))"],
    ["A * B + C", "(+ (* A B) C)"],
    ["(A + B) * C", "(* (+ A B) C)"],
    ["A - B - C", "(- (- A B) C)"],
    ["A - (B - C)", "(- A (- B C))"],
    ["A / B / C", "(/ (/ A B) C)"],
    ["A / B * C", "(* (/ A B) C)"],
    ["A - B + C", "(+ (- A B) C)"],
    ["-A", "-A"],
    ["-A * B", "(* -A B)"],
    ["-(A * B)", "-(* A B)"],
    ["A - -B", "(- A -B)"],
    ["A * -B", "(* A -B)"],
    ["--A", "--A"],
    ["-(-A)", "--A"],
    ["((A))", "A"],
    ["2 * (A + 0.5)", "(* 2 (+ A 0.5))"],
  ])("reads %s with the usual precedence and left associativity", (text, tree) => {
    expect(treeOf(text)).toBe(tree);
  });

  it.each([
    ["A × B ÷ C − D", "(- (/ (* A B) C) D)"],
    ["−A", "-A"],
    ["A*B/C-D", "(- (/ (* A B) C) D)"],
  ])("takes × ÷ and the minus sign as typed or pasted: %s", (text, tree) => {
    expect(treeOf(text)).toBe(tree);
  });

  it.each([
    ["0.5", "0.5"],
    [".5", "0.5"],
    ["007.100", "7.1"],
    ["1.000", "1"],
    ["0", "0"],
    ["123456789012345678.123456", "123456789012345678.123456"],
  ])("keeps the number %s as exact decimal text %s", (text, value) => {
    expect(treeOf(text)).toBe(value);
  });

  it.each([
    ["revenue / headcount", "(/ REVENUE HEADCOUNT)"],
    ["Mrr_2 + x", "(+ MRR_2 X)"],
    ["this + true + null", "(+ (+ THIS TRUE) NULL)"],
  ])("reads codes in capitals whatever their case: %s", (text, tree) => {
    expect(treeOf(text)).toBe(tree);
  });

  it.each([
    ["min(A, B)", "min(A B)"],
    ["max(A, B, C, 1)", "max(A B C 1)"],
    ["MIN(A, B)", "min(A B)"],
    ["abs(A - B)", "abs((- A B))"],
    ["round(A / B)", "round((/ A B))"],
    ["round(A / B, 2)", "round((/ A B) 2)"],
    ["round(A, 0)", "round(A 0)"],
    ["round(A, 6)", "round(A 6)"],
    ["max(min(A, B), abs(C)) * 2", "(* max(min(A B) abs(C)) 2)"],
  ])("calls min, max, abs and round: %s", (text, tree) => {
    expect(treeOf(text)).toBe(tree);
  });

  it("lists the codes it reads once each, first occurrence first", () => {
    const parsed = parseFormula("B + A * b - min(C, A)");
    expect(parsed.ok && parsed.codes).toEqual(["B", "A", "C"]);
  });

  it("records where each code starts and ends", () => {
    const parsed = parseFormula("  REVENUE / (HEADCOUNT)");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.ast.kind !== "binary") return;
    expect(parsed.ast.left).toMatchObject({ code: "REVENUE", start: 2, end: 9 });
    expect(parsed.ast.right).toMatchObject({ code: "HEADCOUNT", start: 13, end: 22 });
  });
});

describe("parseFormula: refusals, with where they are", () => {
  it.each([
    ["REVENUE / )", "Unexpected ')' at 11", 10],
    ["A +", "The formula ends after '+'", 3],
    ["A * + B", "Expected a KPI code, a number or '(' at 5, after '*'", 4],
    ["(A + B", "The '(' at 1 is never closed", 0],
    ["A B", "Expected an operator such as + or × at 3", 2],
    ["2 (A)", "Expected an operator such as + or × at 4", 3],
    ["A, B", "Unexpected ',' at 2", 1],
    ["A,", "Unexpected ',' at 2", 1],
    [",A", "Unexpected ',' at 1", 0],
    ["(A, B)", "Unexpected ',' at 3", 2],
    ["()", "Expected a value between the parentheses at 1", 0],
    ["min(A B)", "Expected ',' at 7", 6],
    ["min(A,, B)", "Expected a value before ',' at 7", 6],
    ["round(A,)", "Expected a value before ')' at 9", 8],
    ["A - ", "The formula ends after '-'", 4],
    ["-", "Expected a value at 2, after the minus sign", 1],
  ])("%s → %s", (text, message, start) => {
    const error = errorOf(text);
    expect(error.message).toContain(message);
    expect(error.start).toBe(start);
  });

  it.each([
    ["A % B", "'%'", 2],
    ["A ** B", "Expected a KPI code, a number or '('", 3],
    ["A ^ B", "'^'", 2],
    ["A == B", "'='", 2],
    ["A > B", "'>'", 2],
    ["A && B", "'&'", 2],
    ["!A", "'!'", 0],
    ["~A", "'~'", 0],
    ["+A", "Unexpected '+' at 1", 0],
    ["'A'", "'''", 0],
    ['"A"', "'\"'", 0],
    ["`A`", "'`'", 0],
    ["A ? B : C", "'?'", 2],
    ["A?.B", "'?'", 1],
    ["[A]", "'['", 0],
    ["A[0]", "'['", 1],
    ["A;B", "';'", 1],
    ["A = 1", "'='", 2],
    ["$A", "'$'", 0],
    ["A\tB", "'\t'", 1],
    ["A\nB", "'\n'", 1],
    ["€A", "'€'", 0],
  ])("refuses other operators and characters: %s", (text, message, start) => {
    const error = errorOf(text);
    expect(error.message).toContain(message);
    expect(error.start).toBe(start);
  });

  it.each([
    ["A.B", "Unexpected '.' at 2", 1],
    ["Math.max(A, B)", "Unexpected '.' at 5", 4],
    ["constructor.constructor", "Unexpected '.' at 12", 11],
    ["1.2.3", "Unexpected '.' at 4", 3],
    ["1.", "Unexpected '.' at 2", 1],
    [".", "Unexpected '.' at 1", 0],
    ["1e5", "Unexpected 'e' at 2", 1],
    ["2A", "Unexpected 'A' at 2", 1],
  ])("refuses member access and malformed numbers: %s", (text, message, start) => {
    const error = errorOf(text);
    expect(error.message).toContain(message);
    expect(error.start).toBe(start);
  });

  it.each([
    ["sqrt(A)", "sqrt at 1 is not a function"],
    ["eval(A)", "eval at 1 is not a function"],
    ["A(B)", "A at 1 is not a function"],
    ["(A)(B)", "A at 2 is not a function"],
    ["min(A)", "min at 1 compares two or more values"],
    ["max()", "max at 1 compares two or more values"],
    ["abs()", "abs at 1 takes one value"],
    ["abs(A, B)", "abs at 1 takes one value"],
    ["round()", "round at 1 takes a value"],
    ["round(A, 1, 2)", "round at 1 takes a value"],
    ["round(A, 7)", "from 0 to 6"],
    ["round(A, 1.5)", "from 0 to 6"],
    ["round(A, B)", "from 0 to 6"],
    ["round(A, -1)", "from 0 to 6"],
  ])("refuses other functions and wrong arguments: %s", (text, message) => {
    expect(errorOf(text).message).toContain(message);
  });

  it.each([
    ["_A", "_A at 1 is not a KPI code"],
    ["ABCDEFGHIJKLMNOPQ", "ABCDEFGHIJKLMNOPQ at 1 is not a KPI code"],
    ["A + b__________________", "at 5 is not a KPI code"],
  ])("refuses names that cannot be KPI codes: %s", (text, message) => {
    expect(errorOf(text).message).toContain(message);
  });

  it("asks for a formula when there is only space", () => {
    expect(errorOf("").message).toContain("Enter a formula");
    expect(errorOf("    ").message).toContain("Enter a formula");
  });
});

describe("parseFormula: hostile input is bounded", () => {
  it("refuses text longer than the limit before parsing it", () => {
    const long = Array.from({ length: 200 }, () => "A").join(" + ");
    expect(long.length).toBeGreaterThan(MAX_FORMULA_LENGTH);
    expect(errorOf(long)).toMatchObject({ message: `Keep the formula to ${MAX_FORMULA_LENGTH} characters.`, start: MAX_FORMULA_LENGTH });
    expect(errorOf("A".repeat(1_000_000)).message).toContain(`${MAX_FORMULA_LENGTH} characters`);
  });

  it("accepts a long sum within the limit", () => {
    const sum = Array.from({ length: 100 }, (_, index) => `K${index}`).join("+");
    expect(sum.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    const parsed = parseFormula(sum);
    expect(parsed.ok && parsed.codes.length).toBe(100);
  });

  it("accepts nesting up to the limit and refuses one level more, pointing at the parenthesis", () => {
    const nested = (depth: number) => `${"(".repeat(depth)}A${")".repeat(depth)}`;
    expect(treeOf(nested(MAX_FORMULA_NESTING))).toBe("A");
    expect(errorOf(nested(MAX_FORMULA_NESTING + 1))).toMatchObject({ start: MAX_FORMULA_NESTING });
    expect(errorOf(nested(MAX_FORMULA_NESTING + 1)).message).toContain("Nested too deeply");
    expect(errorOf(`${"min(A, ".repeat(30)}B${")".repeat(30)}`).message).toContain("Nested too deeply");
  });

  it("survives the longest chain of signs that fits", () => {
    const signs = `${"-".repeat(MAX_FORMULA_LENGTH - 1)}A`;
    expect(parseFormula(signs).ok).toBe(true);
  });

  it("never throws, whatever the text", () => {
    const alphabet = ["A", "b", "1", ".", ",", "(", ")", "+", "-", "*", "/", "×", "÷", " ", "min", "round", "e", "_"];
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 5_000; run += 1) {
      const length = Math.floor(random() * 20);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      const parsed = parseFormula(text);
      if (!parsed.ok) {
        expect(parsed.error.start).toBeGreaterThanOrEqual(0);
        expect(parsed.error.start).toBeLessThanOrEqual(text.length);
      }
    }
  });
});
