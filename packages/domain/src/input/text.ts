import { z } from "zod";

/**
 * What no text a person types may contain: C0 and C1 control characters other than tab, line feed and carriage
 * return (NUL above all, which PostgreSQL cannot store), and lone UTF-16 surrogates, which are no character at all.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

export const CONTROL_CHARACTER_MESSAGE = "Remove the invisible control characters from this text.";
export const LINE_BREAK_MESSAGE = "Keep this on one line.";

/** Why a string cannot be stored as text, or null when it can. */
export function textProblem(text: string, { multiline }: { multiline: boolean }): string | null {
  if (CONTROL_CHARACTER.test(text) || LONE_SURROGATE.test(text)) return CONTROL_CHARACTER_MESSAGE;
  if (!multiline && LINE_BREAK_OR_TAB.test(text)) return LINE_BREAK_MESSAGE;
  return null;
}

interface TextOptions {
  /** Longest accepted input, before trimming: checked first, so nothing costly ever runs on a huge string. */
  max: number;
  tooLong?: string;
  multiline?: boolean;
  /** The message when the value is not a string at all. */
  error?: string;
}

/**
 * The one base for every free-text field: bounded first, then refused if it holds control characters (or line
 * breaks where one line is expected). Chain `.trim()`, `.min()` and the like after it.
 */
export function textSchema({ max, tooLong, multiline = false, error }: TextOptions) {
  return z
    .string(error ? { error } : undefined)
    .max(max, { message: tooLong ?? `Use at most ${max.toLocaleString("en-US")} characters.`, abort: true })
    .superRefine((text, context) => {
      const problem = textProblem(text, { multiline });
      if (problem) context.addIssue({ code: "custom", message: problem, abort: true });
    });
}

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** An opaque id (a cuid): bounded and plain, so nothing absurd or hostile ever reaches a query. */
export function idSchemaWith(emptyMessage = "Choose one.") {
  return z
    .string({ error: emptyMessage })
    .max(64, { message: "This id is not valid.", abort: true })
    .min(1, { message: emptyMessage, abort: true })
    .regex(ID_PATTERN, "This id is not valid.");
}
