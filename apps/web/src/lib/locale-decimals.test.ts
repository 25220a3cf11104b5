import { describe, expect, it } from "vitest";
import { readLocaleDecimals } from "./locale-decimals";

const FIELDS = new Set(["value", "target", "warning", "baseline"]);

describe("readLocaleDecimals", () => {
  it("turns numbers in the reader's format into decimal strings with a point, at any depth", () => {
    const read = readLocaleDecimals({ baseline: "1.234,5", name: "1,5", targets: [{ target: "89,5", warning: "" }] }, FIELDS, "de-DE");
    expect(read).toEqual({ values: { baseline: "1234.5", name: "1,5", targets: [{ target: "89.5", warning: "" }] }, errors: null });
  });

  it("puts each problem at the path of its input", () => {
    const read = readLocaleDecimals({ value: "89,5", targets: [{ target: "1" }, { target: "1.234,5" }] }, FIELDS, "en-US");
    expect(read.errors).toEqual({
      value: { type: "format", message: expect.stringContaining("decimal mark is a point") },
      targets: { 1: { target: { type: "format", message: expect.stringContaining("mixes separators") } } },
    });
  });

  it("reads French and Japanese input", () => {
    expect(readLocaleDecimals({ value: "1\u202f234,5" }, FIELDS, "fr-FR").values).toEqual({ value: "1234.5" });
    expect(readLocaleDecimals({ value: "８９．５" }, FIELDS, "ja-JP").values).toEqual({ value: "89.5" });
  });
});
