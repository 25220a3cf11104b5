import { describe, expect, it } from "vitest";
import { changePasswordSchema, resetPasswordSchema } from "./account-schemas";
import { emailSchema, personNameSchema, signInSchema, signUpSchema } from "./schemas";
import { orgNameSchema } from "../org/schemas";

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

describe("huge inputs are refused as typed, before they are trimmed or normalised", () => {
  const huge = (unit: string) => unit.repeat(10 * 1024 * 1024);
  const token = "a".repeat(43);

  function spyOn(method: "normalize" | "trim" | "toLowerCase") {
    const original = String.prototype[method];
    let calls = 0;
    (String.prototype as unknown as Record<string, unknown>)[method] = function (this: string, ...args: unknown[]) {
      if (this.length > 100_000) calls += 1;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    return {
      calls: () => calls,
      restore: () => {
        (String.prototype as unknown as Record<string, unknown>)[method] = original;
      },
    };
  }

  it.each([
    ["a new password at sign-up", () => signUpSchema.safeParse({ ...validSignUp, password: huge("ﬁ") }), "password: Use at most 1024 characters."],
    ["a password at sign-in", () => signInSchema.safeParse({ email: "ada@example.com", password: huge("ﬁ") }), "password: Use at most 1024 characters."],
    ["a reset password", () => resetPasswordSchema.safeParse({ token, password: huge("ﬁ") }), "password: Use at most 1024 characters."],
    [
      "a current password",
      () => changePasswordSchema.safeParse({ currentPassword: huge("ﬁ"), newPassword: "a fine new passphrase" }),
      "currentPassword: Use at most 1024 characters.",
    ],
    ["an email", () => signInSchema.safeParse({ email: huge(" "), password: "secret" }), "email: Enter a valid email address."],
    ["a person's name", () => signUpSchema.safeParse({ ...validSignUp, name: huge(" ") }), "name: Use at most 100 characters."],
    ["an organization's name", () => signUpSchema.safeParse({ ...validSignUp, orgName: huge(" ") }), "orgName: Use at most 80 characters."],
    ["a reset token", () => resetPasswordSchema.safeParse({ token: huge("a"), password: "a fine new passphrase" }), "token: This link is not valid."],
  ])("%s", (_label, parse, message) => {
    const spies = [spyOn("normalize"), spyOn("trim"), spyOn("toLowerCase")];
    try {
      expect(messages(parse())).toEqual([message]);
      expect(spies.map((spy) => spy.calls())).toEqual([0, 0, 0]);
    } finally {
      for (const spy of spies) spy.restore();
    }
  });

  it("still trims and accepts inputs with a little padding", () => {
    expect(emailSchema.parse(`${" ".repeat(200)}ada@example.com${" ".repeat(200)}`)).toBe("ada@example.com");
    expect(personNameSchema.parse(`  Ada ${" ".repeat(500)}`)).toBe("Ada");
    expect(orgNameSchema.parse(`  Acme ${" ".repeat(500)}`)).toBe("Acme");
  });
});
