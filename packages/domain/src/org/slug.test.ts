import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS } from "./reserved-slugs";
import { SLUG_MAX, SLUG_MIN, slugSchema, suggestSlug } from "./slug";

function slugMessages(input: unknown): string[] {
  const result = slugSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("slugSchema", () => {
  it("has the documented bounds", () => {
    expect(SLUG_MIN).toBe(3);
    expect(SLUG_MAX).toBe(48);
  });

  it.each(["acme", "acme-corp", "a1b", "abc", "2024-plans", "x".repeat(48), "a-b-c-d"])("accepts %s", (slug) => {
    expect(slugMessages(slug)).toEqual([]);
  });

  it.each([
    ["", "Use at least 3 characters."],
    ["ab", "Use at least 3 characters."],
    ["x".repeat(49), "Use at most 48 characters."],
    ["Acme", "Use only lowercase letters a–z, digits and hyphens."],
    ["acme corp", "Use only lowercase letters a–z, digits and hyphens."],
    ["acme_corp", "Use only lowercase letters a–z, digits and hyphens."],
    ["café", "Use only lowercase letters a–z, digits and hyphens."],
    ["acme.io", "Use only lowercase letters a–z, digits and hyphens."],
    ["-acme", "Start and end with a letter or a digit."],
    ["acme-", "Start and end with a letter or a digit."],
    ["---", "Start and end with a letter or a digit."],
    ["acme--corp", "Use single hyphens between words."],
    ["admin", "This address is reserved for Tally itself. Choose another one."],
    ["sign-in", "This address is reserved for Tally itself. Choose another one."],
  ])("refuses %j with one clear message", (slug, message) => {
    expect(slugMessages(slug)).toEqual([message]);
  });

  const brief = ["api", "app", "admin", "sign-in", "sign-up", "sign-out", "signin", "signup", "login", "logout",
    "invite", "invitations", "reset-password", "forgot-password", "settings", "account", "static", "_next",
    "assets", "health", "ready", "new", "dev", "mail", "www", "help", "about", "pricing", "terms", "privacy"];

  it.each(brief)("reserves %s", (slug) => {
    expect(RESERVED_SLUGS.has(slug)).toBe(true);
    expect(slugSchema.safeParse(slug).success).toBe(false);
  });

  it("refuses anything that is not a string", () => {
    expect(slugSchema.safeParse(123).success).toBe(false);
    expect(slugSchema.safeParse(null).success).toBe(false);
  });
});

describe("suggestSlug", () => {
  it.each([
    ["Acme Corp", "acme-corp"],
    ["Café Müller & Söhne", "cafe-muller-sohne"],
    ["Ångström Labs", "angstrom-labs"],
    ["Straße Bau", "strasse-bau"],
    ["Ørsted Æble Łódź", "orsted-aeble-lodz"],
    ["İstanbul Şirketi", "istanbul-sirketi"],
    ["Ｆｕｌｌｗｉｄｔｈ Co", "fullwidth-co"],
    ["  --Hello,   World!!--  ", "hello-world"],
    ["ACME, Inc.", "acme-inc"],
    ["R&D / Q4 2025", "r-d-q4-2025"],
    ["O'Reilly", "o-reilly"],
  ])("turns %j into %j", (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it.each(["", "   ", "!!!", "日本企業", "🦊🦊🦊"])("returns an empty string for %j", (name) => {
    expect(suggestSlug(name)).toBe("");
  });

  it("cuts a long name at a word boundary", () => {
    const name = "The International Association of Key Performance Indicator Practitioners";
    const slug = suggestSlug(name);
    expect(slug).toBe("the-international-association-of-key-performance");
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
  });

  it("keeps a word that ends exactly at the limit", () => {
    const name = `${"a".repeat(40)} ${"b".repeat(7)} cccc`;
    expect(suggestSlug(name)).toBe(`${"a".repeat(40)}-${"b".repeat(7)}`);
  });

  it("cuts a single overlong word hard", () => {
    expect(suggestSlug("x".repeat(60))).toBe("x".repeat(48));
    expect(suggestSlug(`ab ${"y".repeat(60)}`)).toBe(`ab-${"y".repeat(45)}`);
  });

  it.each(["Acme Corp", "Café Müller & Söhne", "The International Association of Key Performance Indicator Practitioners"])(
    "suggests a valid slug for %j",
    (name) => {
      expect(slugSchema.safeParse(suggestSlug(name)).success).toBe(true);
    },
  );
});
