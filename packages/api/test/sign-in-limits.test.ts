import { describe, expect, it, vi } from "vitest";

// A per-address budget high enough that only the per-account budgets decide in these tests.
vi.hoisted(() => {
  process.env.SIGN_IN_LIMIT_PER_IP = "100000";
});

import { countAttempt, RATE_LIMIT_POLICIES } from "../src/auth/rate-limit";
import { verifyCredentials } from "../src/services/accounts";
import { DomainError } from "../src/services/errors";
import { useTestDatabase } from "./support/database";
import { createUserWithSession, TEST_PASSWORD } from "./support/world";

const db = useTestDatabase();
const BUDGET = RATE_LIMIT_POLICIES.signInByAccount.points;

type Outcome = "verified-wrong" | "signed-in" | "rate_limited";

async function attempt(email: string, password: string, ip: string): Promise<Outcome> {
  try {
    return (await verifyCredentials(db(), { email, password }, ip)) ? "signed-in" : "verified-wrong";
  } catch (error) {
    if (error instanceof DomainError && error.kind === "rate_limited") return "rate_limited";
    throw error;
  }
}

function tally(outcomes: Outcome[]) {
  return {
    verified: outcomes.filter((o) => o !== "rate_limited").length,
    refused: outcomes.filter((o) => o === "rate_limited").length,
  };
}

/** Every password check of a known account leaves a failed sign-in in its log: the count of checks made. */
async function passwordChecks(userId: string) {
  return db().userSecurityEvent.count({ where: { userId, kind: "sign_in_failed" } });
}

describe("the attempt counter", () => {
  it("counts 200 simultaneous attempts on one key exactly once each", async () => {
    const key = `counter-${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 200 }, () => countAttempt(db(), "signInByAccount", key)));
    expect(results.map((r) => r.points).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(results.every((r) => r.msBeforeReset > 14 * 60_000 && r.msBeforeReset <= 15 * 60_000)).toBe(true);
  });

  it("starts a window that has run out over at 1", async () => {
    const key = `expired-${Date.now()}`;
    await countAttempt(db(), "signInByAccount", key);
    await countAttempt(db(), "signInByAccount", key);
    await db().rateLimit.update({ where: { key: `signInByAccount:${key}` }, data: { expire: new Date(Date.now() - 1000) } });
    expect((await countAttempt(db(), "signInByAccount", key)).points).toBe(1);
  });
});

describe("simultaneous guesses against one account", () => {
  it("checks at most the budget's worth of 200 parallel wrong guesses from many addresses and refuses the rest", async () => {
    const user = await createUserWithSession(db(), "parallel");
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => attempt(user.email, `wrong guess ${i}`, `10.1.${Math.floor(i / 250)}.${i % 250}`)),
    );
    const { verified, refused } = tally(outcomes);
    console.log(`200 parallel wrong guesses from 200 addresses: ${verified} checked, ${refused} refused`);
    expect(verified).toBeLessThanOrEqual(BUDGET);
    expect(refused).toBeGreaterThanOrEqual(200 - BUDGET);
    expect(await passwordChecks(user.userId)).toBe(verified);
    expect(outcomes).not.toContain("signed-in");
  });

  it("checks at most the budget's worth of 200 parallel wrong guesses from one address", async () => {
    const user = await createUserWithSession(db(), "oneaddress");
    const outcomes = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt(user.email, `wrong guess ${i}`, "10.2.0.1")));
    const { verified, refused } = tally(outcomes);
    console.log(`200 parallel wrong guesses from one address: ${verified} checked, ${refused} refused`);
    expect(verified).toBeLessThanOrEqual(BUDGET);
    expect(refused).toBeGreaterThanOrEqual(200 - BUDGET);
    expect(await passwordChecks(user.userId)).toBe(verified);
  });

  it("checks at most the budget's worth of 200 parallel wrong guesses from the person's usual address", async () => {
    const user = await createUserWithSession(db(), "usualparallel");
    expect(await attempt(user.email, TEST_PASSWORD, "10.3.0.1")).toBe("signed-in");
    const outcomes = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt(user.email, `wrong guess ${i}`, "10.3.0.1")));
    const { verified, refused } = tally(outcomes);
    console.log(`200 parallel wrong guesses from the usual address: ${verified} checked, ${refused} refused`);
    expect(verified).toBeLessThanOrEqual(RATE_LIMIT_POLICIES.signInByAccountAtUsualAddress.points);
    expect(refused).toBeGreaterThanOrEqual(200 - RATE_LIMIT_POLICIES.signInByAccountAtUsualAddress.points);
    expect(await passwordChecks(user.userId)).toBe(verified);
  });
});

describe("nobody can lock a person out of their usual address", () => {
  it("failures from elsewhere lock other addresses but not the one the person signs in from", async () => {
    const user = await createUserWithSession(db(), "owner");
    const home = "10.4.0.1";
    expect(await attempt(user.email, TEST_PASSWORD, home)).toBe("signed-in");

    const attack = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(user.email, `attacker ${i}`, `10.5.0.${i + 1}`)));
    expect(tally(attack).refused).toBeGreaterThanOrEqual(50 - BUDGET);

    // Even the right password is refused from a new address while the shared budget is spent…
    expect(await attempt(user.email, TEST_PASSWORD, "10.6.0.1")).toBe("rate_limited");
    // …but the person still signs in from home, and still can after the attacker goes on.
    expect(await attempt(user.email, TEST_PASSWORD, home)).toBe("signed-in");
    await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(user.email, `attacker again ${i}`, `10.5.1.${i + 1}`)));
    expect(await attempt(user.email, TEST_PASSWORD, home)).toBe("signed-in");
  });

  it("an address becomes usual only after a successful sign-in, not after failures", async () => {
    const user = await createUserWithSession(db(), "notusual");
    for (let i = 0; i < BUDGET; i += 1) expect(await attempt(user.email, "still wrong", "10.7.0.1")).toBe("verified-wrong");
    expect(await attempt(user.email, TEST_PASSWORD, "10.7.0.1")).toBe("rate_limited");
  });
});

describe("unknown addresses and wrong passwords", () => {
  it("get the same answers, also once the budget is spent", async () => {
    const user = await createUserWithSession(db(), "known");
    const unknown = `nobody-${Date.now()}@example.test`;
    const known: Outcome[] = [];
    const nobody: Outcome[] = [];
    for (let i = 0; i < BUDGET + 2; i += 1) {
      known.push(await attempt(user.email, "a wrong password", `10.8.0.${i + 1}`));
      nobody.push(await attempt(unknown, "a wrong password", `10.8.1.${i + 1}`));
    }
    expect(known).toEqual(nobody);
    expect(known).toEqual([...Array(BUDGET).fill("verified-wrong"), "rate_limited", "rate_limited"]);
  });
});
