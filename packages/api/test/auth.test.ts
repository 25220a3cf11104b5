import { describe, expect, it } from "vitest";
import { verifyCredentials } from "../src/services/accounts";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createUserWithSession, TEST_PASSWORD } from "./support/world";

const db = useTestDatabase();

let seq = 0;
function signUpInput(overrides: Record<string, unknown> = {}) {
  seq += 1;
  const tag = `${Date.now().toString(36)}${seq}`;
  return {
    orgName: `Northwind ${tag}`,
    orgSlug: `northwind-${tag}`,
    name: "Nora North",
    email: `nora-${tag}@northwind.test`,
    password: "a long enough passphrase",
    ...overrides,
  };
}

async function counts() {
  const [users, organizations, memberships] = await Promise.all([
    db().user.count(),
    db().organization.count(),
    db().membership.count(),
  ]);
  return { users, organizations, memberships };
}

describe("auth.signUp", () => {
  it("creates the organization, the user and their admin membership together", async () => {
    const input = signUpInput({ email: "  Nora.Mixed@Northwind.TEST " });
    const result = await callerFor(db(), null, "203.0.113.1").auth.signUp(input);
    expect(result.orgSlug).toBe(input.orgSlug);

    const user = await db().user.findUniqueOrThrow({ where: { email: "nora.mixed@northwind.test" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(input.password);
    const membership = await db().membership.findFirstOrThrow({ where: { userId: user.id }, include: { org: true } });
    expect(membership).toMatchObject({ role: "admin", status: "active", org: { slug: input.orgSlug, name: input.orgName } });
    const audit = await db().auditEvent.findMany({ where: { orgId: membership.orgId } });
    expect(audit.map((event) => event.action)).toEqual(["organization.created"]);
  });

  it("never returns the password hash", async () => {
    const result = await callerFor(db(), null, "203.0.113.2").auth.signUp(signUpInput());
    expect(Object.keys(result).sort()).toEqual(["orgSlug", "userId"]);
  });

  it.each([
    ["a taken address", "orgSlug", async () => {
      const first = signUpInput();
      await callerFor(db(), null, "203.0.113.3").auth.signUp(first);
      return signUpInput({ orgSlug: first.orgSlug });
    }, "CONFLICT"],
    ["a taken email", "email", async () => {
      const first = signUpInput();
      await callerFor(db(), null, "203.0.113.3").auth.signUp(first);
      return signUpInput({ email: first.email.toUpperCase() });
    }, "CONFLICT"],
    ["a short password", "password", async () => signUpInput({ password: "short1!" }), "BAD_REQUEST"],
    ["a common password", "password", async () => signUpInput({ password: "password123" }), "BAD_REQUEST"],
    ["a malformed email", "email", async () => signUpInput({ email: "nora@" }), "BAD_REQUEST"],
    ["a reserved address", "orgSlug", async () => signUpInput({ orgSlug: "api" }), "BAD_REQUEST"],
    ["an address with capitals", "orgSlug", async () => signUpInput({ orgSlug: "North-Wind" }), "BAD_REQUEST"],
  ] as const)("refuses %s on the %s field and creates nothing", async (_label, field, build, code) => {
    const input = await build();
    const before = await counts();
    const error = await callerFor(db(), null, "203.0.113.4").auth.signUp(input).catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    const { describeError } = await import("../src/trpc/error-shape");
    expect(Object.keys(describeError(error).fieldErrors ?? {})).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it("refuses unknown keys in the input", async () => {
    const outcome = await outcomeOf(callerFor(db(), null, "203.0.113.5").auth.signUp({ ...signUpInput(), role: "admin" } as never));
    expect(outcome).toBe("BAD_REQUEST");
  });

  it("creates exactly one organization when two sign-ups race for one address", async () => {
    const slug = signUpInput().orgSlug;
    const results = await Promise.allSettled([
      callerFor(db(), null, "203.0.113.6").auth.signUp(signUpInput({ orgSlug: slug })),
      callerFor(db(), null, "203.0.113.7").auth.signUp(signUpInput({ orgSlug: slug })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db().organization.count({ where: { slug } })).toBe(1);
  });

  it("rate-limits sign-ups per client address", async () => {
    const taken = signUpInput();
    await callerFor(db(), null, "192.0.2.98").auth.signUp(taken);
    const outcomes: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      outcomes.push(await outcomeOf(callerFor(db(), null, "192.0.2.99").auth.signUp(signUpInput({ orgSlug: taken.orgSlug }))));
    }
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill("CONFLICT"));
    expect(outcomes[20]).toBe("TOO_MANY_REQUESTS");
    expect(await outcomeOf(callerFor(db(), null, "192.0.2.100").auth.signUp(signUpInput()))).toBe("OK");
  });
});

describe("auth.slugAvailability", () => {
  it("tells a free, a taken and an invalid address apart", async () => {
    const taken = signUpInput();
    await callerFor(db(), null, "203.0.113.8").auth.signUp(taken);
    const caller = callerFor(db(), null);
    expect(await caller.auth.slugAvailability({ slug: "definitely-free-slug" })).toEqual({ available: true, reason: null });
    expect(await caller.auth.slugAvailability({ slug: taken.orgSlug })).toMatchObject({ available: false });
    const invalid = await caller.auth.slugAvailability({ slug: "No Spaces" });
    expect(invalid.available).toBe(false);
    expect(invalid.reason).toBeTruthy();
  });
});

describe("signing in", () => {
  it("gives the same answer for an unknown email and a wrong password", async () => {
    const user = await createUserWithSession(db(), "signin");
    expect(await verifyCredentials(db(), { email: user.email, password: TEST_PASSWORD }, "198.51.100.1")).toMatchObject({ id: user.userId });
    expect(await verifyCredentials(db(), { email: user.email, password: "wrong password here" }, "198.51.100.1")).toBeNull();
    expect(await verifyCredentials(db(), { email: "nobody@example.test", password: "wrong password here" }, "198.51.100.1")).toBeNull();
  });

  it("after 10 failures from elsewhere refuses even the right password from a new address, but not from a usual one", async () => {
    const user = await createUserWithSession(db(), "locked");
    expect(await verifyCredentials(db(), { email: user.email, password: TEST_PASSWORD }, "198.51.100.9")).not.toBeNull();
    for (let i = 0; i < 10; i += 1) {
      expect(await verifyCredentials(db(), { email: user.email, password: "not the password" }, `198.51.100.${i + 10}`)).toBeNull();
    }
    await expect(verifyCredentials(db(), { email: user.email, password: TEST_PASSWORD }, "198.51.100.50")).rejects.toMatchObject({
      kind: "rate_limited",
    });
    expect(await verifyCredentials(db(), { email: user.email, password: TEST_PASSWORD }, "198.51.100.9")).toMatchObject({ id: user.userId });
  });

  it("limits attempts per client address across accounts", async () => {
    const ip = "198.51.100.200";
    for (let i = 0; i < 50; i += 1) {
      await verifyCredentials(db(), { email: `spray-${i}@example.test`, password: "guess guess" }, ip);
    }
    await expect(verifyCredentials(db(), { email: "spray-x@example.test", password: "guess guess" }, ip)).rejects.toMatchObject({
      kind: "rate_limited",
    });
  });

  it("a successful sign-in clears the account's failure count", async () => {
    const user = await createUserWithSession(db(), "clears");
    for (let i = 0; i < 9; i += 1) await verifyCredentials(db(), { email: user.email, password: "nope nope" }, "198.51.100.60");
    expect(await verifyCredentials(db(), { email: user.email, password: TEST_PASSWORD }, "198.51.100.60")).not.toBeNull();
    for (let i = 0; i < 9; i += 1) await verifyCredentials(db(), { email: user.email, password: "nope nope" }, "198.51.100.61");
    expect(await verifyCredentials(db(), { email: user.email, password: TEST_PASSWORD }, "198.51.100.61")).not.toBeNull();
  });
});

describe("sessions", () => {
  it("an expired session is refused", async () => {
    const user = await createUserWithSession(db(), "expired");
    await db().session.update({ where: { id: user.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await outcomeOf(callerFor(db(), user.sessionId).account.me())).toBe("UNAUTHORIZED");
  });

  it("account.me returns who is signed in, without secrets", async () => {
    const user = await createUserWithSession(db(), "me");
    const me = await callerFor(db(), user.sessionId).account.me();
    expect(me).toEqual({ id: user.userId, email: user.email, name: "me" });
  });
});
