import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import { parseLocaleDecimal } from "@tally/domain";

type Tree = Record<string, unknown> | unknown[];

function isTree(value: unknown): value is Tree {
  return typeof value === "object" && value !== null;
}

/**
 * Reads every non-blank text under one of `fields` (at any depth, so rows of a list too) as a number written in
 * `locale` ("89,5" in de-DE) and replaces it with the decimal string the API takes ("89.5"). Problems are
 * returned at the same paths, in react-hook-form's error shape.
 */
export function readLocaleDecimals<T>(values: T, fields: ReadonlySet<string>, locale: string): { values: T; errors: Record<string, unknown> | null } {
  let errors: Record<string, unknown> | null = null;
  function walk(node: unknown, errorNode: () => Record<string, unknown>): unknown {
    if (!isTree(node)) return node;
    const copy: Tree = Array.isArray(node) ? [...node] : { ...node };
    for (const [key, child] of Object.entries(node)) {
      const at = () => {
        const parent = errorNode();
        parent[key] ??= {};
        return parent[key] as Record<string, unknown>;
      };
      if (fields.has(key) && typeof child === "string" && child.trim() !== "") {
        const read = parseLocaleDecimal(child, locale);
        if (read.ok) (copy as Record<string, unknown>)[key] = read.value;
        else errorNode()[key] = { type: "format", message: read.problem };
      } else if (isTree(child)) {
        (copy as Record<string, unknown>)[key] = walk(child, at);
      }
    }
    return copy;
  }
  const converted = walk(values, () => (errors ??= {})) as T;
  return { values: converted, errors };
}

/**
 * Wraps a form's resolver so number inputs take the reader's format: the schema sees decimal strings with a
 * point, and a number it cannot read shows its problem on its input next to the schema's other errors.
 */
export function withLocaleDecimals<T extends FieldValues, C, O>(resolver: Resolver<T, C, O>, fields: readonly string[], locale: string): Resolver<T, C, O> {
  const names = new Set(fields);
  return async (values, context, options) => {
    const read = readLocaleDecimals(values, names, locale);
    const result = await resolver(read.values, context, options);
    if (!read.errors) return result;
    return { values: {}, errors: mergeErrors(result.errors as Record<string, unknown>, read.errors) as FieldErrors<T> };
  };
}

function mergeErrors(schema: Record<string, unknown>, format: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...schema };
  for (const [key, problem] of Object.entries(format)) {
    const existing = merged[key];
    // A number the format cannot read is the problem to fix first; nested rows merge field by field.
    merged[key] = isTree(existing) && !("message" in (problem as object)) ? mergeErrors(existing as Record<string, unknown>, problem as Record<string, unknown>) : problem;
  }
  return merged;
}
