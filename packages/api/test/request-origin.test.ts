import { describe, expect, it } from "vitest";
import { readApiEnv } from "../src/env";
import { requestContextFrom } from "../src/trpc/context";
import { createCaller } from "../src/root";
import { outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";

const db = useTestDatabase();

describe("links in mail come from configuration, never from the request", () => {
  it("requires APP_URL in production on PostgreSQL, naming it", () => {
    const vars = { NODE_ENV: "production", DATABASE_URL: "postgresql://db/tally", AUTH_SECRET: "x".repeat(40) };
    expect(() => readApiEnv(vars)).toThrow(/APP_URL is required/);
    expect(() => readApiEnv({ ...vars, APP_URL: "" })).toThrow(/APP_URL is required/);
    expect(() => readApiEnv({ ...vars, APP_URL: "not a url" })).toThrow(/APP_URL/);
    expect(readApiEnv({ ...vars, APP_URL: "https://tally.example.com/" }).appUrl).toBe("https://tally.example.com");
  });

  it("defaults to this machine for the embedded trial, development and tests", () => {
    expect(readApiEnv({ NODE_ENV: "production" }).appUrl).toBe("http://localhost:3000");
    expect(readApiEnv({ NODE_ENV: "production", PORT: "4100" }).appUrl).toBe("http://localhost:4100");
    expect(readApiEnv({ NODE_ENV: "development", DATABASE_URL: "postgresql://db/tally" }).appUrl).toBe("http://localhost:3000");
    expect(readApiEnv({ NODE_ENV: "test", APP_URL: "" }).appUrl).toBe("http://localhost:3000");
  });

  it("does not let `next build` fail for want of APP_URL (nothing is mailed while building)", () => {
    expect(() => readApiEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/tally", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it("ignores Host and X-Forwarded-Host when building the context", () => {
    const headers = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    const context = requestContextFrom(db(), headers, null, { trustProxyHops: 0, appUrl: "https://tally.example.com" });
    expect(context.baseUrl).toBe("https://tally.example.com");
  });
});

describe("TRUST_PROXY_HOPS and DEV_MAILBOX", () => {
  it("reads the hops as a whole number ≥ 0, 0 when unset", () => {
    expect(readApiEnv({}).trustProxyHops).toBe(0);
    expect(readApiEnv({ TRUST_PROXY_HOPS: "" }).trustProxyHops).toBe(0);
    expect(readApiEnv({ TRUST_PROXY_HOPS: "2" }).trustProxyHops).toBe(2);
    for (const bad of ["-1", "1.5", "one"]) expect(() => readApiEnv({ TRUST_PROXY_HOPS: bad })).toThrow(/TRUST_PROXY_HOPS/);
  });

  it("opens the development mailbox only when asked for, and never in production", () => {
    expect(readApiEnv({ NODE_ENV: "development" }).devMailbox).toBe(false);
    expect(readApiEnv({ NODE_ENV: "development", DEV_MAILBOX: "1" }).devMailbox).toBe(true);
    expect(readApiEnv({ NODE_ENV: "development", DEV_MAILBOX: "0" }).devMailbox).toBe(false);
    expect(readApiEnv({ NODE_ENV: "production", DEV_MAILBOX: "1" }).devMailbox).toBe(false);
  });
});

describe("the sign-up limit per client address", () => {
  let seq = 0;
  const signUpInput = () => {
    seq += 1;
    const tag = `${Date.now().toString(36)}${seq}`;
    return { orgName: `Forge ${tag}`, orgSlug: `forge-${tag}`, name: "Fay Forge", email: `fay-${tag}@forge.test`, password: "a long enough passphrase" };
  };

  it("holds against 25 sign-ups with 25 forged X-Forwarded-For addresses", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 25; i++) {
      const headers = new Headers({ "x-forwarded-for": `203.0.113.${i + 1}`, "x-real-ip": `198.51.100.${i + 1}` });
      const caller = createCaller(requestContextFrom(db(), headers, null, { trustProxyHops: 0, appUrl: "http://tally.test" }));
      outcomes.push(await outcomeOf(caller.auth.signUp(signUpInput())));
    }
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill("OK"));
    expect(outcomes.slice(20)).toEqual(Array(5).fill("TOO_MANY_REQUESTS"));
  });

  it("behind one trusted proxy, counts what the proxy saw, not what the client prepended", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 22; i++) {
      const headers = new Headers({ "x-forwarded-for": `10.9.${i}.1, 192.0.2.77` });
      const caller = createCaller(requestContextFrom(db(), headers, null, { trustProxyHops: 1, appUrl: "http://tally.test" }));
      outcomes.push(await outcomeOf(caller.auth.signUp(signUpInput())));
    }
    expect(outcomes.filter((outcome) => outcome === "OK")).toHaveLength(20);
    expect(outcomes.slice(20)).toEqual(["TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
  });
});
