import type jsep from "jsep";
import { KPI_CODE_PATTERN } from "../kpi/fields";
import { FORMULA_FUNCTIONS, type FormulaError, type FormulaFunction, type FormulaNode, type FormulaOperator, type ParsedFormula } from "./ast";
import { configuredJsep, type Positioned } from "./jsep-setup";
import { MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING, MAX_NUMBER_DIGITS, MAX_ROUND_DIGITS } from "./limits";

const OPERATORS: Readonly<Record<string, FormulaOperator>> = {
  "+": "+",
  "-": "-",
  "\u2212": "-",
  "*": "*",
  "\u00D7": "*",
  "/": "/",
  "\u00F7": "/",
};

/** Every character a formula may hold; anything else is refused before the parser sees it. */
const ALLOWED_CHARACTER = /[A-Za-z0-9_.,()+\-*/\u2212\u00D7\u00F7 ]/;

type Node = jsep.Expression & Positioned;

class Refusal extends Error {
  constructor(readonly detail: FormulaError) {
    super(detail.message);
  }
}

/** Humans count characters from one. */
function at(index: number): string {
  return `at ${index + 1}`;
}

function refuse(message: string, start: number, end = start + 1): never {
  throw new Refusal({ message, start, end });
}

function shown(char: string): string {
  return char === " " ? "space" : `'${char}'`;
}

/**
 * Characters, parentheses, commas and nesting, checked in one pass so that no hostile text reaches the parser.
 * A comma belongs inside the parentheses of a function; jsep would otherwise skip it as a separator.
 */
function scan(text: string): void {
  if (text.length > MAX_FORMULA_LENGTH) refuse(`Keep the formula to ${MAX_FORMULA_LENGTH} characters.`, MAX_FORMULA_LENGTH, text.length);
  if (text.trim() === "") refuse("Enter a formula, such as REVENUE / HEADCOUNT.", 0, 0);
  const open: { index: number; call: boolean }[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (!ALLOWED_CHARACTER.test(char)) {
      refuse(`Unexpected ${shown(char)} ${at(index)}: use KPI codes, numbers, + − × ÷, parentheses, min, max, abs and round.`, index);
    }
    if (char === "(") {
      open.push({ index, call: /[A-Za-z0-9_]/.test(text[nextVisible(text, index - 1, -1)] ?? "") });
      if (open.length > MAX_FORMULA_NESTING) refuse(`Nested too deeply ${at(index)}: use at most ${MAX_FORMULA_NESTING} levels of parentheses.`, index);
    }
    if (char === ")") {
      const group = open.pop();
      if (group === undefined) refuse(`Unexpected ')' ${at(index)}: no '(' is open.`, index);
      if (!group.call && nextVisible(text, group.index + 1, 1) === index) refuse(`Expected a value between the parentheses ${at(group.index)}.`, group.index, index + 1);
    }
    if (char === "," && !open.at(-1)?.call) refuse(`Unexpected ',' ${at(index)}: commas separate the values of min, max and round only.`, index);
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) refuse(`The '(' ${at(unclosed.index)} is never closed.`, unclosed.index, text.length);
}

/** jsep's own refusals, said in the product's words. */
function refusalOfParser(text: string, error: unknown): FormulaError {
  const index = Math.min(typeof (error as { index?: unknown }).index === "number" ? (error as { index: number }).index : 0, text.length);
  const description = String((error as { description?: unknown }).description ?? "");
  const char = text[index];
  const after = /^Expected expression after (.+)$/.exec(description);
  if (after && index >= text.length) return { message: `The formula ends after '${after[1]}': add a KPI code, a number or '('.`, start: index, end: index };
  if (after) return { message: `Expected a KPI code, a number or '(' ${at(index)}, after '${after[1]}'.`, start: index, end: index + 1 };
  if (description === "missing unaryOp argument") return { message: `Expected a value ${at(index)}, after the minus sign.`, start: index, end: index + 1 };
  if (description.startsWith("Unexpected token")) {
    const separator = text.lastIndexOf(description.endsWith(")") ? ")" : ",", index - 1);
    return { message: `Expected a value before ${shown(text[separator] ?? ",")} ${at(separator)}.`, start: separator, end: separator + 1 };
  }
  if (char === undefined || index >= text.length) return { message: "The formula ends too early: a value is missing at the end.", start: text.length, end: text.length };
  if (description === "Expected comma") {
    return { message: `Unexpected ${shown(char)} ${at(index)}: separate the values of a function with commas.`, start: index, end: index + 1 };
  }
  return { message: `Unexpected ${shown(char)} ${at(index)}.`, start: index, end: index + 1 };
}

function spanOf(node: Node, fallback: number): { start: number; end: number } {
  return { start: node.start ?? fallback, end: node.end ?? (node.start ?? fallback) + 1 };
}

/** The first non-space character from `from` on (or before it, going back). */
function nextVisible(text: string, from: number, step: 1 | -1): number {
  let index = from;
  while (index >= 0 && index < text.length && text[index] === " ") index += step;
  return index;
}

class Converter {
  readonly codes: string[] = [];

  constructor(private readonly text: string) {}

  convert(node: Node): FormulaNode {
    switch (node.type) {
      case "Literal":
        return this.number(node);
      case "Identifier":
        return this.input(String(node.name), spanOf(node, 0));
      case "ThisExpression":
        return this.input("this", spanOf(node, 0));
      case "UnaryExpression": {
        const operand = this.convert(node.argument as Node);
        const { start } = spanOf(node, operand.start);
        return { kind: "negate", operand, start, end: operand.end };
      }
      case "BinaryExpression": {
        const left = this.convert(node.left as Node);
        const right = this.convert(node.right as Node);
        const operator = OPERATORS[String(node.operator)];
        if (!operator) refuse(`Unexpected '${String(node.operator)}' ${at(left.end)}.`, left.end);
        return { kind: "binary", operator, left, right, start: left.start, end: right.end };
      }
      case "CallExpression":
        return this.call(node);
      case "MemberExpression": {
        const object = node.object as Node;
        const dot = this.text.indexOf(".", spanOf(object, spanOf(node, 0).start).end);
        refuse(`Unexpected '.' ${at(dot)}: a KPI code has no parts, and numbers need a digit before the point.`, dot);
        break;
      }
      case "Compound":
      case "SequenceExpression": {
        const second = ((node.body ?? node.expressions) as Node[])[1];
        if (second) return this.notSeparated(second);
      }
    }
    const { start, end } = spanOf(node, 0);
    return refuse(`This is not allowed in a formula ${at(start)}.`, start, end);
  }

  /** Two values side by side, as in "A B" or "A, B" outside a function. */
  private notSeparated(second: Node): never {
    const start = this.firstStart(second);
    const before = nextVisible(this.text, start - 1, -1);
    if (this.text[before] === ",") refuse(`Unexpected ',' ${at(before)}: commas separate the values of min, max and round only.`, before);
    refuse(`Expected an operator such as + or × ${at(start)}.`, start);
  }

  private firstStart(node: Node): number {
    if (node.type === "BinaryExpression") return this.firstStart(node.left as Node);
    return spanOf(node, 0).start;
  }

  private number(node: Node): FormulaNode {
    const raw = String(node.raw);
    const { start, end } = spanOf(node, 0);
    if (raw.replace(".", "").length > MAX_NUMBER_DIGITS) refuse(`Use at most ${MAX_NUMBER_DIGITS} digits in a number ${at(start)}.`, start, end);
    const [integer = "", fraction = ""] = raw.split(".");
    const digits = fraction.replace(/0+$/, "");
    const value = `${integer.replace(/^0+(?=\d)/, "") || "0"}${digits ? `.${digits}` : ""}`;
    return { kind: "number", value, start, end };
  }

  private input(name: string, { start }: { start: number }): FormulaNode {
    const code = name.toUpperCase();
    if (!KPI_CODE_PATTERN.test(code)) {
      refuse(`${name} ${at(start)} is not a KPI code: codes have up to 16 letters, digits or _, starting with a letter.`, start, start + name.length);
    }
    if (!this.codes.includes(code)) this.codes.push(code);
    return { kind: "input", code, start, end: start + name.length };
  }

  private call(node: Node): FormulaNode {
    const callee = node.callee as Node;
    const { start, end } = spanOf(node, 0);
    if (callee.type === "MemberExpression") this.convert(callee);
    if (callee.type !== "Identifier") {
      const paren = this.text.indexOf("(", spanOf(callee, start).end);
      refuse(`Expected an operator such as + or × ${at(paren)}, before '('.`, paren);
    }
    const name = String(callee.name).toLowerCase();
    if (!(FORMULA_FUNCTIONS as readonly string[]).includes(name)) {
      const name = spanOf(callee, start).start;
      refuse(`${String(callee.name)} ${at(name)} is not a function: use min, max, abs or round.`, name, name + String(callee.name).length);
    }
    const fn = name as FormulaFunction;
    const rawArgs = node.arguments as Node[];
    const args = rawArgs.map((arg) => this.convert(arg));
    args.slice(1).forEach((arg, index) => {
      const between = this.text.slice(args[index]!.end, arg.start);
      if (!between.includes(",")) refuse(`Expected ',' ${at(arg.start)}: separate the values of ${fn} with commas.`, arg.start);
    });
    const arity = arityProblem(fn, args);
    if (arity) refuse(`${fn} ${at(start)} ${arity}`, start, end);
    return { kind: "call", name: fn, args, start, end };
  }
}

function arityProblem(fn: FormulaFunction, args: FormulaNode[]): string | null {
  if ((fn === "min" || fn === "max") && args.length < 2) return `compares two or more values, such as ${fn}(A, B).`;
  if (fn === "abs" && args.length !== 1) return "takes one value, such as abs(A - B).";
  if (fn === "round") {
    if (args.length < 1 || args.length > 2) return "takes a value and, optionally, a number of decimals, such as round(A / B, 2).";
    const digits = args[1];
    if (digits && (digits.kind !== "number" || !/^\d+$/.test(digits.value) || Number(digits.value) > MAX_ROUND_DIGITS)) {
      return `rounds to a whole number of decimals from 0 to ${MAX_ROUND_DIGITS}, such as round(A / B, 2).`;
    }
  }
  return null;
}

/**
 * Parses a formula into its tree, or says what is wrong and where. Only + − × ÷ (also * and /), unary minus,
 * parentheses, decimal numbers, KPI codes (any letter case: they are read in capitals) and min, max, abs and
 * round are formulas; nothing is ever evaluated as JavaScript.
 */
export function parseFormula(text: string): ParsedFormula {
  try {
    scan(text);
    let tree: Node;
    try {
      tree = configuredJsep()(text) as Node;
    } catch (error) {
      if (error instanceof Refusal) throw error;
      return { ok: false, error: refusalOfParser(text, error) };
    }
    const converter = new Converter(text);
    const ast = converter.convert(tree);
    return { ok: true, ast, codes: converter.codes };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.detail };
    throw error;
  }
}
