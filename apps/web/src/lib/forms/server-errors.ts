import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { clientFailure, type ClientFailure } from "@/lib/trpc/errors";

type ErrorTarget<T extends FieldValues> = Pick<UseFormReturn<T>, "setError" | "getValues">;

export interface ApplyServerErrorsOptions<T extends FieldValues> {
  /**
   * The input an API error path belongs beside, or null when no input on screen shows it. By default a path
   * is placed when the form holds a value under it (so `invitations.1.email` lands on the second row).
   */
  pathOf?: (apiPath: string) => Path<T> | null;
}

/** A `pathOf` for forms that hold values no input shows (ids, tokens): only the listed fields take errors. */
export function onlyFields<T extends FieldValues>(fields: readonly Path<T>[]): (apiPath: string) => Path<T> | null {
  return (path) => (fields.includes(path as Path<T>) ? (path as Path<T>) : null);
}

/** A failed call, or a server action's answer of the same shape. */
function failureOf(error: unknown): ClientFailure {
  if (typeof error === "object" && error !== null && "message" in error && "fieldErrors" in error && !(error instanceof Error)) {
    const { message, fieldErrors } = error as { message: unknown; fieldErrors: unknown };
    if (typeof message === "string" && typeof fieldErrors === "object" && fieldErrors !== null) {
      return { message, fieldErrors: fieldErrors as Record<string, string[]> };
    }
  }
  return clientFailure(error);
}

/**
 * Puts a failed save's field errors on the inputs they belong to, focusing the first, and returns what the
 * form must say above its fields: the messages no input shows, or the failure's own message when no field
 * was named; null when every error sits beside its input.
 */
export function applyServerErrors<T extends FieldValues>(form: ErrorTarget<T>, error: unknown, options: ApplyServerErrorsOptions<T> = {}): string | null {
  const failure = failureOf(error);
  const pathOf = options.pathOf ?? ((path: string) => (form.getValues(path as Path<T>) === undefined ? null : (path as Path<T>)));
  const placed = new Set<string>();
  const unplaced: string[] = [];
  for (const [path, messages] of Object.entries(failure.fieldErrors)) {
    const message = messages[0];
    if (!message) continue;
    const target = pathOf(path);
    if (!target) {
      if (!unplaced.includes(message)) unplaced.push(message);
      continue;
    }
    if (placed.has(target)) continue;
    form.setError(target, { type: "server", message }, { shouldFocus: placed.size === 0 });
    placed.add(target);
  }
  if (unplaced.length > 0) return unplaced.join(" ");
  return placed.size > 0 ? null : failure.message;
}
