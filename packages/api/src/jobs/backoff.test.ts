import { describe, expect, it } from "vitest";
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from "./backoff";

const noJitter: BackoffPolicy = { ...DEFAULT_BACKOFF, jitter: 0 };

describe("retryDelayMs", () => {
  it("grows by the policy's factor from its first wait", () => {
    expect([1, 2, 3, 4].map((failed) => retryDelayMs(failed, noJitter))).toEqual([30_000, 60_000, 120_000, 240_000]);
    const tripling: BackoffPolicy = { firstMs: 1_000, factor: 3, maxMs: 1e9, jitter: 0 };
    expect([1, 2, 3].map((failed) => retryDelayMs(failed, tripling))).toEqual([1_000, 3_000, 9_000]);
  });

  it("never waits longer than the cap", () => {
    expect(retryDelayMs(8, noJitter)).toBe(3_600_000);
    expect(retryDelayMs(1_000, noJitter)).toBe(3_600_000);
  });

  it("treats zero or fewer failures like the first", () => {
    expect(retryDelayMs(0, noJitter)).toBe(30_000);
    expect(retryDelayMs(-3, noJitter)).toBe(30_000);
  });

  it("spreads the wait by the jitter, both ways, and never beyond it", () => {
    expect(retryDelayMs(1, DEFAULT_BACKOFF, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, DEFAULT_BACKOFF, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(1, DEFAULT_BACKOFF, () => 0.999_999)).toBe(36_000);
    for (let i = 0; i < 200; i += 1) {
      const delay = retryDelayMs(3, DEFAULT_BACKOFF);
      expect(delay).toBeGreaterThanOrEqual(96_000);
      expect(delay).toBeLessThanOrEqual(144_000);
    }
  });
});
