import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER_MESSAGE, LINE_BREAK_MESSAGE, textProblem, textSchema } from "./text";

describe("textProblem", () => {
  it.each(["\u0000", "a\u0001b", "\u0008", "\u000B", "\u000C", "\u001F", "\u007F", "\u0085", "\u009F", "x\uD800", "\uDC00y", "\uDBFF"])(
    "refuses %j as a control character",
    (text) => {
      expect(textProblem(text, { multiline: true })).toBe(CONTROL_CHARACTER_MESSAGE);
    },
  );

  it.each(["", "Revenue", "Ünïcødé ✓", "emoji 😀 pair", "中文", "tab\tand\nlines\r\n"])("accepts %j in multi-line text", (text) => {
    expect(textProblem(text, { multiline: true })).toBeNull();
  });

  it.each(["a\nb", "a\rb", "a\tb"])("refuses %j where one line is expected", (text) => {
    expect(textProblem(text, { multiline: false })).toBe(LINE_BREAK_MESSAGE);
  });
});

describe("textSchema", () => {
  const schema = textSchema({ max: 10 }).trim().min(1, "Enter something.");

  it("trims and accepts ordinary text", () => {
    expect(schema.parse("  ok  ")).toBe("ok");
  });

  it("refuses a string over its bound before looking at its content", () => {
    const result = schema.safeParse(`${"\u0000".repeat(11)}`);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["Use at most 10 characters."]);
  });

  it("refuses control characters with one clear message", () => {
    expect(schema.safeParse("a\u0000b").error?.issues.map((issue) => issue.message)).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });

  it("refuses what is not a string", () => {
    expect(textSchema({ max: 5, error: "Enter a name." }).safeParse(5).error?.issues[0]?.message).toBe("Enter a name.");
  });
});
