import Decimal from "decimal.js";
import type { FormulaNode, FormulaOperator } from "./ast";

/**
 * Exact decimals for formulas: sums, differences and products of stored values (at most 24 digits) are exact;
 * a quotient is carried to 50 significant digits, far past the 6 decimals a value keeps. A private clone, so no
 * other user of decimal.js changes how formulas round.
 */
const FormulaDecimal = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });

/** A stored value has 18 digits before the point and 6 after (Decimal(24, 6)). */
export const STORED_DECIMALS = 6;
const STORED_LIMIT = new FormulaDecimal(10).pow(18);

export type FormulaOutcome =
  | { kind: "value"; value: string }
  /** Inputs without a value for the period, in the order the formula names them. */
  | { kind: "missing"; codes: string[] }
  | { kind: "division_by_zero" }
  /** The result does not fit a stored value (18 digits before the point). */
  | { kind: "too_large" };

class DivisionByZero extends Error {}

function applyOperator(operator: FormulaOperator, left: Decimal, right: Decimal): Decimal {
  switch (operator) {
    case "+":
      return left.plus(right);
    case "-":
      return left.minus(right);
    case "*":
      return left.times(right);
    case "/":
      if (right.isZero()) throw new DivisionByZero();
      return left.div(right);
  }
}

function applyFunction(node: Extract<FormulaNode, { kind: "call" }>, args: Decimal[]): Decimal {
  switch (node.name) {
    case "min":
      return FormulaDecimal.min(...args);
    case "max":
      return FormulaDecimal.max(...args);
    case "abs":
      return args[0]!.abs();
    case "round": {
      const digits = node.args[1];
      return args[0]!.toDecimalPlaces(digits?.kind === "number" ? Number(digits.value) : 0, Decimal.ROUND_HALF_UP);
    }
  }
}

function compute(node: FormulaNode, values: ReadonlyMap<string, Decimal>): Decimal {
  switch (node.kind) {
    case "number":
      return new FormulaDecimal(node.value);
    case "input":
      return values.get(node.code)!;
    case "negate":
      return compute(node.operand, values).neg();
    case "binary":
      return applyOperator(node.operator, compute(node.left, values), compute(node.right, values));
    case "call":
      return applyFunction(node, node.args.map((arg) => compute(arg, values)));
  }
}

/** Every code the formula reads, first occurrence first. */
export function formulaCodes(node: FormulaNode, into: string[] = []): string[] {
  if (node.kind === "input" && !into.includes(node.code)) into.push(node.code);
  if (node.kind === "negate") formulaCodes(node.operand, into);
  if (node.kind === "binary") {
    formulaCodes(node.left, into);
    formulaCodes(node.right, into);
  }
  if (node.kind === "call") node.args.forEach((arg) => formulaCodes(arg, into));
  return into;
}

/**
 * The formula's value for one period from its inputs' values there (decimal strings by code). A period gets a
 * value only when every input has one; a division by zero gives no value, and says so. The result is rounded
 * half away from zero to the 6 decimals a value is stored with.
 */
export function evaluateFormula(node: FormulaNode, inputs: ReadonlyMap<string, string> | Readonly<Record<string, string | undefined>>): FormulaOutcome {
  const read = inputs instanceof Map ? (code: string) => inputs.get(code) : (code: string) => (inputs as Record<string, string | undefined>)[code];
  const codes = formulaCodes(node);
  const missing = codes.filter((code) => read(code) === undefined);
  if (missing.length) return { kind: "missing", codes: missing };
  const values = new Map(codes.map((code) => [code, new FormulaDecimal(read(code)!)]));
  let result: Decimal;
  try {
    result = compute(node, values);
  } catch (error) {
    if (error instanceof DivisionByZero) return { kind: "division_by_zero" };
    throw error;
  }
  const stored = result.toDecimalPlaces(STORED_DECIMALS, Decimal.ROUND_HALF_UP);
  if (stored.abs().gte(STORED_LIMIT)) return { kind: "too_large" };
  return { kind: "value", value: stored.isZero() ? "0" : stored.toFixed() };
}
