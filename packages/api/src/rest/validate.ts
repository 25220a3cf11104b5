import type { z } from "zod";
import { bodyPointer, fieldErrorsOf, parameterName, RestProblem } from "./problem";

function refused(error: z.ZodError, where: "body" | "parameters"): RestProblem {
  const errors = fieldErrorsOf(error, where === "body" ? bodyPointer : parameterName);
  const first = errors[0];
  const summary = errors.length === 1 && first ? first.detail : `${errors.length} fields were refused; each is listed in errors.`;
  return new RestProblem("validation-failed", summary, errors);
}

/** The body as the schema reads it, or 422 with a JSON Pointer per refused field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw refused(parsed.error, "body");
  return parsed.data;
}

/** Path or query parameters as the schema reads them, or 422 naming each refused parameter. */
export function parseParameters<S extends z.ZodType>(schema: S, values: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw refused(parsed.error, "parameters");
  return parsed.data;
}

export function queryOf(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}

/** Cursors are opaque to clients: what they carry may change without breaking anyone. */
export function encodeCursor(value: string): string {
  return Buffer.from(value, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined, parameter = "cursor"): string | null {
  if (!cursor) return null;
  const value = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw new RestProblem("validation-failed", "This cursor is not valid. Pass the next_cursor of the previous page unchanged.", [
      { parameter, detail: "This cursor is not valid. Pass the next_cursor of the previous page unchanged." },
    ]);
  }
  return value;
}
