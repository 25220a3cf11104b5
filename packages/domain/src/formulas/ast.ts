/** The four operators a formula may use, whichever symbol was typed for them (× and ÷ become * and /). */
export type FormulaOperator = "+" | "-" | "*" | "/";

export const FORMULA_FUNCTIONS = ["min", "max", "abs", "round"] as const;
export type FormulaFunction = (typeof FORMULA_FUNCTIONS)[number];

/** Where a part of the formula sits in the text: character offsets, `end` exclusive. */
export interface FormulaSpan {
  start: number;
  end: number;
}

/**
 * A parsed formula: only what the product allows, so the evaluator needs no other case. Numbers keep their
 * decimal text; they never pass through a binary float.
 */
export type FormulaNode =
  | ({ kind: "number"; value: string } & FormulaSpan)
  | ({ kind: "input"; code: string } & FormulaSpan)
  | ({ kind: "negate"; operand: FormulaNode } & FormulaSpan)
  | ({ kind: "binary"; operator: FormulaOperator; left: FormulaNode; right: FormulaNode } & FormulaSpan)
  | ({ kind: "call"; name: FormulaFunction; args: FormulaNode[] } & FormulaSpan);

/** A refusal with the span of the text it is about, so a form can point at it. */
export interface FormulaError extends FormulaSpan {
  message: string;
}

export type ParsedFormula = { ok: true; ast: FormulaNode; codes: string[] } | { ok: false; error: FormulaError };
