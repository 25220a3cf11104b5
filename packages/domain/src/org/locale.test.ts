import { describe, expect, it } from "vitest";
import { currencyCodeSchema, localeSchema, timeZoneNames, timeZoneSchema, updatePreferencesSchema } from "./locale";

describe("organization formats", () => {
  it.each(["Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata", "Europe/Berlin", "UTC"])("accepts the time zone %s", (zone) => {
    expect(timeZoneSchema.safeParse(zone).success).toBe(true);
  });

  it.each(["Mars/Olympus", "", "utc ", "Europe/Berlin\u0000", "x".repeat(100)])("refuses the time zone %j", (zone) => {
    expect(timeZoneSchema.safeParse(zone).success).toBe(false);
  });

  it("lists UTC first among the time zones", () => {
    expect(timeZoneNames()[0]).toBe("UTC");
    expect(timeZoneNames()).toContain("Asia/Kolkata");
  });

  it.each(["EUR", "USD", "JPY", "INR"])("accepts the currency %s", (code) => {
    expect(currencyCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each(["eur", "EURO", "XYZ1", ""])("refuses the currency %j", (code) => {
    expect(currencyCodeSchema.safeParse(code).success).toBe(false);
  });

  it("accepts offered locales only", () => {
    expect(localeSchema.safeParse("de-DE").success).toBe(true);
    expect(localeSchema.safeParse("xx-XX").success).toBe(false);
  });

  it("takes a theme and a locale, or null to follow the organization", () => {
    expect(updatePreferencesSchema.parse({ theme: "dark", locale: null })).toEqual({ theme: "dark", locale: null });
    expect(updatePreferencesSchema.safeParse({ theme: "sepia" }).success).toBe(false);
    expect(updatePreferencesSchema.safeParse({ extra: 1 }).success).toBe(false);
  });
});
