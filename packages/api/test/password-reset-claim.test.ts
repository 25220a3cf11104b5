import { describe, expect, it, vi } from "vitest";
import type * as PasswordHash from "../src/auth/password-hash";
import { outcomeOf, callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { lastMailTo, tokenOf } from "./support/outbox";
import { createUserWithSession } from "./support/world";

// Counts the passwords hashed, so a test can tell whether a refused reset hashed one first.
const hashed = vi.hoisted(() => ({ count: 0 }));
vi.mock("../src/auth/password-hash", async (importOriginal) => {
  const original = await importOriginal<typeof PasswordHash>();
  return {
    ...original,
    hashPassword: async (password: string) => {
      hashed.count += 1;
      return original.hashPassword(password);
    },
  };
});

const db = useTestDatabase();

async function resetLinkFor(email: string, ip: string): Promise<string> {
  await callerFor(db(), null, ip).auth.requestPasswordReset({ email });
  return tokenOf((await lastMailTo(db(), email)).link);
}

describe("auth.resetPassword", () => {
  it("of two simultaneous resets with one link, exactly one sets its password, and only that one is hashed", async () => {
    const user = await createUserWithSession(db(), "tworesets");
    const token = await resetLinkFor(user.email, "203.0.113.70");
    hashed.count = 0;
    const results = await Promise.allSettled([
      callerFor(db(), null, "203.0.113.71").auth.resetPassword({ token, password: "the first passphrase" }),
      callerFor(db(), null, "203.0.113.72").auth.resetPassword({ token, password: "the second passphrase" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("already been used") });
    expect(hashed.count).toBe(1);
    expect(await db().userSecurityEvent.count({ where: { userId: user.userId, kind: "password_reset" } })).toBe(1);
  });

  it("hashes nothing for a link that is unknown, used or expired", async () => {
    const user = await createUserWithSession(db(), "nohash");
    const token = await resetLinkFor(user.email, "203.0.113.73");
    const anonymous = callerFor(db(), null, "203.0.113.74");
    hashed.count = 0;
    expect(await outcomeOf(anonymous.auth.resetPassword({ token: "A".repeat(43), password: "a fine new passphrase" }))).toBe("BAD_REQUEST");
    await db().passwordResetToken.updateMany({ where: { userId: user.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await anonymous.auth.resetPassword({ token, password: "a fine new passphrase" }).catch((e: unknown) => e);
    expect(expired).toMatchObject({ message: expect.stringContaining("expired") });
    expect(hashed.count).toBe(0);
  });

  it("limits the attempts per link and per client address", async () => {
    const user = await createUserWithSession(db(), "resetlimits");
    const token = await resetLinkFor(user.email, "203.0.113.75");
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      outcomes.push(await outcomeOf(callerFor(db(), null, `203.0.113.${80 + i}`).auth.resetPassword({ token, password: `passphrase number ${i}` })));
    }
    expect(outcomes).toEqual(["OK", "BAD_REQUEST", "BAD_REQUEST", "BAD_REQUEST", "BAD_REQUEST", "TOO_MANY_REQUESTS"]);

    const fromOneAddress: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      const guess = `${"B".repeat(40)}${String(i).padStart(3, "0")}`;
      fromOneAddress.push(await outcomeOf(callerFor(db(), null, "203.0.113.99").auth.resetPassword({ token: guess, password: "a fine new passphrase" })));
    }
    expect(fromOneAddress.slice(0, 20)).toEqual(Array(20).fill("BAD_REQUEST"));
    expect(fromOneAddress[20]).toBe("TOO_MANY_REQUESTS");
  });

  it("refuses a 10 MB password before it looks at the link or hashes anything", async () => {
    const user = await createUserWithSession(db(), "hugepassword");
    const token = await resetLinkFor(user.email, "203.0.113.76");
    hashed.count = 0;
    const started = Date.now();
    const error = await callerFor(db(), null, "203.0.113.77").auth.resetPassword({ token, password: "ﬁ".repeat(10 * 1024 * 1024) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(hashed.count).toBe(0);
    expect(await callerFor(db(), null).auth.passwordResetLink({ token })).toEqual({ state: "valid" });
  });
});
