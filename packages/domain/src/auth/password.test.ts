import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import {
  PASSWORD_INPUT_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  newPasswordSchema,
  normalizePassword,
  passwordLength,
  passwordProblem,
} from "./password";

const TOO_SHORT = "Use at least 8 characters.";
const TOO_LONG = "Use at most 1024 characters.";
const TOO_COMMON = "This password is too common. Choose something harder to guess.";

describe("password length", () => {
  it("sits at the NIST bounds", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(1024);
  });

  it("refuses 7 characters and accepts 8", () => {
    expect(passwordProblem("k3v#Qz9")).toBe(TOO_SHORT);
    expect(passwordProblem("k3v#Qz9w")).toBeNull();
  });

  it("counts an emoji as one character, not two UTF-16 units", () => {
    expect("🦊🦊🦊🦊".length).toBe(8);
    expect(passwordLength("🦊🦊🦊🦊")).toBe(4);
    expect(passwordProblem("🦊🦊🦊🦊")).toBe(TOO_SHORT);
    expect(passwordProblem("🦊🌵🎻🧀🚲🪁🐙")).toBe(TOO_SHORT);
    expect(passwordProblem("🦊🌵🎻🧀🚲🪁🐙🍋")).toBeNull();
  });

  it("accepts 1024 characters and refuses 1025", () => {
    const longest = "ab3#".repeat(256);
    expect(passwordLength(longest)).toBe(1024);
    expect(passwordProblem(longest)).toBeNull();
    expect(passwordProblem(`${longest}x`)).toBe(TOO_LONG);
  });

  it("accepts 1024 emoji although they take 2048 UTF-16 units", () => {
    expect(passwordProblem("🦊".repeat(1024))).toBeNull();
    expect(passwordProblem("🦊".repeat(1025))).toBe(TOO_LONG);
  });

  it("counts after NFKC normalisation", () => {
    // "e" + combining acute composes into one "é".
    expect(passwordProblem("e\u0301".repeat(7))).toBe(TOO_SHORT);
    expect(passwordProblem("e\u0301".repeat(8))).toBeNull();
    // The "ﬁ" ligature expands into two letters.
    expect(passwordLength("ﬁﬁﬁﬁ")).toBe(8);
    expect(passwordProblem("ﬁﬁﬁﬁ")).toBeNull();
  });
});

describe("what a password may contain", () => {
  it.each([
    ["a long Unicode passphrase", "Ветер в поле гонит облака, 🌧️ и мы идём домой"],
    ["only spaces", "        "],
    ["only lowercase letters", "correcthorsebatterystaple"],
    ["only digits that are not common", "83920174"],
    ["Chinese characters", "春眠不觉晓处处闻啼鸟"],
    ["control and symbol characters", "\t<>\"'&\\%$ €"],
  ])("accepts %s", (_description, password) => {
    expect(passwordProblem(password)).toBeNull();
  });
});

describe("common passwords", () => {
  it.each(["password", "PASSWORD", "PassWord", "qwertyuiop", "Iloveyou", "12345678", "trustno1"])(
    "refuses %s",
    (password) => {
      expect(passwordProblem(password)).toBe(TOO_COMMON);
    },
  );

  it("refuses a common password typed in fullwidth characters", () => {
    expect(normalizePassword("ｐａｓｓｗｏｒｄ")).toBe("password");
    expect(passwordProblem("ｐａｓｓｗｏｒｄ")).toBe(TOO_COMMON);
  });

  it("names length problems before commonness", () => {
    expect(passwordProblem("qwerty")).toBe(TOO_SHORT);
  });

  it("holds a few thousand normalised lowercase entries of at least 8 characters", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(2000);
    expect(COMMON_PASSWORDS.size).toBeLessThanOrEqual(5000);
    for (const password of COMMON_PASSWORDS) {
      expect(password).toBe(normalizePassword(password).toLowerCase());
      expect(passwordLength(password)).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    }
  });
});

describe("newPasswordSchema", () => {
  it("passes a good password through unchanged", () => {
    expect(newPasswordSchema.parse("ﬁﬁﬁﬁ horse")).toBe("ﬁﬁﬁﬁ horse");
  });

  it.each([
    ["short1", TOO_SHORT],
    ["x".repeat(1025), TOO_LONG],
    ["Football", TOO_COMMON],
  ])("refuses %s with a message a person can act on", (password, message) => {
    const result = newPasswordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it("refuses anything that is not a string", () => {
    expect(newPasswordSchema.safeParse(12345678).success).toBe(false);
    expect(newPasswordSchema.safeParse(undefined).success).toBe(false);
  });
});

describe("a huge password", () => {
  const huge = "ﬁ".repeat(10 * 1024 * 1024);

  it("is refused as typed, before it is normalised", () => {
    // NFKC would make every "ﬁ" two letters: the check must not depend on doing that work.
    const normalize = String.prototype.normalize;
    let normalised = 0;
    String.prototype.normalize = function (this: string, form?: string) {
      normalised += 1;
      return normalize.call(this, form);
    };
    try {
      expect(passwordProblem(huge)).toBe(TOO_LONG);
      expect(newPasswordSchema.safeParse(huge).error?.issues.map((issue) => issue.message)).toEqual([TOO_LONG]);
      expect(normalised).toBe(0);
    } finally {
      String.prototype.normalize = normalize;
    }
  });

  it("caps the input at four UTF-16 units per character, room for any password of the longest length", () => {
    expect(PASSWORD_INPUT_MAX_LENGTH).toBe(4 * PASSWORD_MAX_LENGTH);
    // 1024 characters that are each a letter with a combining accent: 2048 units, accepted.
    expect(passwordProblem("e\u0301".repeat(1024))).toBeNull();
    expect(passwordProblem("a".repeat(PASSWORD_INPUT_MAX_LENGTH + 1))).toBe(TOO_LONG);
  });
});
