import { describe, expect, it } from "vitest";
import { constraintsText, nestedObject, typeText } from "./schema-text";

describe("typeText", () => {
  it("names references, arrays, enums, formats and alternatives", () => {
    expect(typeText({ $ref: "#/components/schemas/Kpi" })).toBe("Kpi");
    expect(typeText({ type: "array", items: { $ref: "#/components/schemas/Value" } })).toBe("Value[]");
    expect(typeText({ type: "string", enum: ["read", "read_write"] })).toBe("one of read, read_write");
    expect(typeText({ type: "string", format: "date" })).toBe("string (date)");
    expect(typeText({ anyOf: [{ type: "string" }, { type: "number" }] })).toBe("string or number");
    expect(typeText({ type: ["string", "null"] })).toBe("string or null");
    expect(typeText(undefined)).toBe("any");
  });
});

describe("constraintsText", () => {
  it("says bounds and non-empty defaults", () => {
    expect(constraintsText({ type: "integer", minimum: 1, maximum: 100, default: 50 })).toBe("min 1 · max 100 · default 50");
    expect(constraintsText({ type: "string", default: "" })).toBe("");
  });
});

describe("nestedObject", () => {
  it("finds the object a field holds, in an array or beside null", () => {
    const inner = { type: "object", properties: { id: { type: "string" } } };
    expect(nestedObject(inner)).toBe(inner);
    expect(nestedObject({ type: "array", items: inner })).toBe(inner);
    expect(nestedObject({ anyOf: [inner, { type: "null" }] })).toBe(inner);
    expect(nestedObject({ type: "string" })).toBeNull();
  });
});
