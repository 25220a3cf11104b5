import type { FormulaNode } from "./ast";

function precedence(node: FormulaNode): number {
  if (node.kind === "binary") return node.operator === "+" || node.operator === "-" ? 1 : 2;
  if (node.kind === "negate") return 3;
  return 4;
}

function wrapped(node: FormulaNode, needsParentheses: boolean): string {
  const text = renderFormula(node);
  return needsParentheses ? `(${text})` : text;
}

/**
 * One spelling per formula: codes in capitals, numbers without stray zeros, ASCII operators with spaces around
 * them, and only the parentheses the tree needs. The right side of an operator keeps its parentheses even where
 * arithmetic would not need them (A - (B - C)), so the stored text reads back as exactly the same tree.
 */
export function renderFormula(node: FormulaNode): string {
  switch (node.kind) {
    case "number":
      return node.value;
    case "input":
      return node.code;
    case "call":
      return `${node.name}(${node.args.map(renderFormula).join(", ")})`;
    case "negate":
      return `-${wrapped(node.operand, precedence(node.operand) <= 3)}`;
    case "binary": {
      const own = precedence(node);
      return `${wrapped(node.left, precedence(node.left) < own)} ${node.operator} ${wrapped(node.right, precedence(node.right) <= own)}`;
    }
  }
}
