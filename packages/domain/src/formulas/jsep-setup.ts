import jsep from "jsep";

/**
 * jsep keeps its grammar in one shared table, so this module is the only place that configures it, once, on load:
 * the four arithmetic operators (with × ÷ and the minus sign − as typed or pasted), unary minus, no literals
 * (TRUE or NULL are KPI codes like any other), and a plugin that reads numbers as decimal text and records where
 * every token starts and ends, so refusals can point at the text.
 */

export interface Positioned {
  start?: number;
  end?: number;
  /** The token was a parenthesised group. */
  grouped?: boolean;
}

type Scope = jsep.HookScope & { tokenStarts?: number[] };

const PRECEDENCE = { additive: 9, multiplicative: 10 } as const;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

function isWordCharacter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9_]/.test(char);
}

/** The end of the token before the trailing spaces jsep has already skipped. */
function endBefore(expr: string, index: number, start: number): number {
  let end = index;
  while (end > start && /\s/.test(expr[end - 1]!)) end -= 1;
  return end;
}

/** Digits with an optional fraction, kept as text: "1e5", "1.2.3" and "2A" are refused where they go wrong. */
function gobbleDecimal(scope: Scope): jsep.Expression {
  const { expr } = scope;
  const start = scope.index;
  let index = start;
  while (isDigit(expr[index])) index += 1;
  if (expr[index] === ".") {
    index += 1;
    if (!isDigit(expr[index])) {
      scope.index = index - 1;
      scope.throwError("Unexpected '.'");
    }
    while (isDigit(expr[index])) index += 1;
  }
  if (expr[index] === "." || isWordCharacter(expr[index])) {
    scope.index = index;
    scope.throwError(`Unexpected '${expr[index]}'`);
  }
  scope.index = index;
  const raw = expr.slice(start, index);
  return { type: "Literal", value: raw, raw, start, end: index };
}

let configured = false;

export function configuredJsep(): typeof jsep {
  if (configured) return jsep;
  jsep.removeAllBinaryOps();
  jsep.removeAllUnaryOps();
  jsep.removeAllLiterals();
  for (const operator of ["+", "-", "\u2212"]) jsep.addBinaryOp(operator, PRECEDENCE.additive);
  for (const operator of ["*", "/", "\u00D7", "\u00F7"]) jsep.addBinaryOp(operator, PRECEDENCE.multiplicative);
  jsep.addUnaryOp("-");
  jsep.addUnaryOp("\u2212");
  jsep.plugins.register({
    name: "tally-formula-positions",
    init() {
      jsep.hooks.add("gobble-token", function (this: Scope, env) {
        (this.tokenStarts ??= []).push(this.index);
        const char = this.expr[this.index];
        if (isDigit(char) || char === ".") env.node = gobbleDecimal(this);
      });
      jsep.hooks.add("after-token", function (this: Scope, env) {
        const start = this.tokenStarts?.pop();
        const node = env.node as (jsep.Expression & Positioned) | undefined;
        if (!node || start === undefined) return;
        const end = endBefore(this.expr, this.index, start);
        // A group keeps the span of what is inside it; only its nesting is counted.
        if (this.expr[start] === "(" && node.type !== "CallExpression" && node.type !== "MemberExpression") {
          node.grouped = true;
          return;
        }
        node.start ??= start;
        node.end = Math.max(node.end ?? 0, end);
      });
    },
  });
  configured = true;
  return jsep;
}
