import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-change";

describe("describeChange", () => {
  it("shows what changed and what stayed", () => {
    expect(describeChange({ role: "viewer", email: "a@b.test" }, { role: "manager", email: "a@b.test" })).toBe("role: viewer → manager; email: a@b.test");
  });
  it("shows one side when only one exists", () => {
    expect(describeChange(null, { name: "Acme", teamIds: [] })).toBe("name: Acme; teamIds: none");
    expect(describeChange({ email: "x@y.test" }, null)).toBe("email: x@y.test");
    expect(describeChange(null, null)).toBe("");
  });
});
