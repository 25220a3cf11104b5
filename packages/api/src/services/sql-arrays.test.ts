import { describe, expect, it } from "vitest";
import { textArray } from "./sql-arrays";

describe("textArray", () => {
  it("quotes every element, escapes quotes and backslashes, and writes NULL for null", () => {
    expect(textArray([])).toBe("{}");
    expect(textArray(["a", null, 'say "hi"', "back\\slash", "", "NULL", "{x,y}"])).toBe('{"a",NULL,"say \\"hi\\"","back\\\\slash","","NULL","{x,y}"}');
  });
});
