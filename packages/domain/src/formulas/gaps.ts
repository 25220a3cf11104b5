import type { FormulaOutcome } from "./evaluate";

/** Why a period of a calculated KPI has no value. */
export type FormulaGap = Exclude<FormulaOutcome, { kind: "value" }> | { kind: "before_start" } | { kind: "after_end" };

function list(codes: readonly string[]): string {
  if (codes.length <= 1) return codes.join("");
  return `${codes.slice(0, -1).join(", ")} and ${codes.at(-1)}`;
}

/** The reason a period has no value, as the KPI page and the form's preview say it. */
export function formulaGapText(gap: FormulaGap): string {
  switch (gap.kind) {
    case "missing":
      return `${list(gap.codes)} ${gap.codes.length === 1 ? "has" : "have"} no value for this period.`;
    case "division_by_zero":
      return "Division by zero: a divisor is 0 in this period.";
    case "too_large":
      return "The result is too large to store.";
    case "before_start":
      return "Before the KPI's start date.";
    case "after_end":
      return "After the KPI's end date.";
  }
}
