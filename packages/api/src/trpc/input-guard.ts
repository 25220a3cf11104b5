import {
  MAX_INPUT_ARRAY_LENGTH,
  MAX_INPUT_DEPTH,
  MAX_INPUT_STRING_LENGTH,
  textProblem,
} from "@tally/domain";
import { DomainError } from "../services/errors";

interface InputProblem {
  path: string;
  message: string;
}

function problemAt(value: unknown, path: string[], depth: number): InputProblem | null {
  const here = () => path.join(".") || "_form";
  if (typeof value === "string") {
    if (value.length > MAX_INPUT_STRING_LENGTH) return { path: here(), message: `Use at most ${MAX_INPUT_STRING_LENGTH.toLocaleString("en-US")} characters.` };
    const problem = textProblem(value, { multiline: true });
    return problem ? { path: here(), message: problem } : null;
  }
  if (value === null || typeof value !== "object") return null;
  if (depth >= MAX_INPUT_DEPTH) return { path: here(), message: "This input is nested too deeply." };
  if (Array.isArray(value)) {
    if (value.length > MAX_INPUT_ARRAY_LENGTH) return { path: here(), message: `Send at most ${MAX_INPUT_ARRAY_LENGTH.toLocaleString("en-US")} items.` };
    for (const [index, item] of value.entries()) {
      const problem = problemAt(item, [...path, String(index)], depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  const entries = Object.entries(value);
  if (entries.length > MAX_INPUT_ARRAY_LENGTH) return { path: here(), message: "This input has too many fields." };
  for (const [key, item] of entries) {
    if (key.length > 200 || textProblem(key, { multiline: false })) return { path: here(), message: "This input has a field name that is not valid." };
    const problem = problemAt(item, [...path, key], depth + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * Refuses, before any schema or service sees it, an input that no procedure could store or should spend time
 * on: control characters or lone surrogates in any string, strings, arrays or nesting beyond the global bounds.
 * Each procedure's own schema then applies its tighter, field-specific rules.
 */
export function assertStorableInput(input: unknown): void {
  const problem = problemAt(input, [], 0);
  if (problem) throw new DomainError("invalid", problem.message, problem.path === "_form" ? null : problem.path);
}
