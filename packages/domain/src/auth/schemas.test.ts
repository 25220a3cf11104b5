import { describe, expect, it } from "vitest";
import { emailSchema, personNameSchema, signInSchema, signUpSchema } from "./schemas";

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const validSignUp = {
  orgName: "Acme Corp",
  orgSlug: "acme-corp",
  name: "Ada Lovelace",
  email: "ada@example.com",
  password: "analytical engine",
};

describe("emailSchema", () => {
  it("trims and lowercases", () => {
    expect(emailSchema.parse("  Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
  });

  it.each(["", "ada", "ada@", "@example.com", "ada@example", "ada lovelace@example.com"])("refuses %j", (email) => {
    expect(messages(emailSchema.safeParse(email))).toEqual([": Enter a valid email address."]);
  });

  it("accepts 254 characters and refuses 255", () => {
    const domain = "@example.com";
    expect(emailSchema.safeParse(`${"a".repeat(254 - domain.length)}${domain}`).success).toBe(true);
    expect(messages(emailSchema.safeParse(`${"a".repeat(255 - domain.length)}${domain}`))).toEqual([
      ": Enter a valid email address.",
    ]);
  });
});

describe("personNameSchema", () => {
  it("trims", () => {
    expect(personNameSchema.parse("  Ada Lovelace ")).toBe("Ada Lovelace");
  });

  it("refuses a blank name", () => {
    expect(messages(personNameSchema.safeParse("   "))).toEqual([": Enter your name."]);
  });

  it("accepts 100 characters and refuses 101", () => {
    expect(personNameSchema.safeParse("a".repeat(100)).success).toBe(true);
    expect(messages(personNameSchema.safeParse("a".repeat(101)))).toEqual([": Use at most 100 characters."]);
  });
});

describe("signUpSchema", () => {
  it("accepts a complete sign-up and normalises its fields", () => {
    expect(signUpSchema.parse({ ...validSignUp, orgName: " Acme Corp ", email: "ADA@example.com" })).toEqual(validSignUp);
  });

  it("rejects unknown keys", () => {
    const result = signUpSchema.safeParse({ ...validSignUp, role: "admin" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it("reports each bad field at its path", () => {
    const result = signUpSchema.safeParse({
      orgName: "A",
      orgSlug: "api",
      name: "",
      email: "nope",
      password: "password",
    });
    expect(messages(result)).toEqual([
      "orgName: Use at least 2 characters.",
      "orgSlug: This address is reserved for Tally itself. Choose another one.",
      "name: Enter your name.",
      "email: Enter a valid email address.",
      "password: This password is too common. Choose something harder to guess.",
    ]);
  });

  it("requires every field", () => {
    const result = signUpSchema.safeParse({});
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "orgName",
      "orgSlug",
      "name",
      "email",
      "password",
    ]);
  });
});

describe("signInSchema", () => {
  it("accepts an email and any non-empty password, even a common one", () => {
    expect(signInSchema.parse({ email: " Ada@Example.com", password: "password" })).toEqual({
      email: "ada@example.com",
      password: "password",
    });
  });

  it("asks for a missing password", () => {
    expect(messages(signInSchema.safeParse({ email: "ada@example.com", password: "" }))).toEqual([
      "password: Enter your password.",
    ]);
  });

  it("accepts every password that sign-up accepts, measured the same way", () => {
    const longestEmoji = "🦊".repeat(1024);
    expect(signUpSchema.safeParse({ ...validSignUp, password: longestEmoji }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "ada@example.com", password: longestEmoji }).success).toBe(true);
    expect(messages(signInSchema.safeParse({ email: "ada@example.com", password: "x".repeat(1025) }))).toEqual([
      "password: Use at most 1024 characters.",
    ]);
  });

  it("rejects unknown keys", () => {
    const result = signInSchema.safeParse({ email: "ada@example.com", password: "secret", remember: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});
