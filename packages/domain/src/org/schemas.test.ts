import { describe, expect, it } from "vitest";
import { orgNameSchema, orgSettingsSchema } from "./schemas";

describe("orgNameSchema", () => {
  it("trims", () => {
    expect(orgNameSchema.parse("  Acme  ")).toBe("Acme");
  });

  it.each([
    [" A ", "Use at least 2 characters."],
    ["x".repeat(81), "Use at most 80 characters."],
  ])("refuses %j", (name, message) => {
    const result = orgNameSchema.safeParse(name);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it("accepts 2 and 80 characters", () => {
    expect(orgNameSchema.safeParse("AB").success).toBe(true);
    expect(orgNameSchema.safeParse("x".repeat(80)).success).toBe(true);
  });
});

describe("orgSettingsSchema", () => {
  it("accepts a name", () => {
    expect(orgSettingsSchema.parse({ name: " Acme " })).toEqual({ name: "Acme" });
  });

  it("rejects unknown keys, so a settings form cannot change the slug or anything else", () => {
    const result = orgSettingsSchema.safeParse({ name: "Acme", slug: "other" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});

describe("orgSettingsSchema's formats", () => {
  it("accepts a currency, a locale, a time zone and a week start", () => {
    const settings = { name: "Acme", currency: "EUR", locale: "de-DE", timeZone: "Pacific/Auckland", weekStart: 7 };
    expect(orgSettingsSchema.parse(settings)).toEqual(settings);
  });

  it.each([
    ["currency", "EURO"],
    ["currency", "XYZ"],
    ["locale", "xx-XX"],
    ["timeZone", "Mars/Olympus"],
    ["weekStart", 0],
    ["weekStart", 8],
    ["weekStart", 1.5],
  ])("refuses %s %j", (field, value) => {
    const result = orgSettingsSchema.safeParse({ name: "Acme", [field]: value });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([field]);
  });
});
