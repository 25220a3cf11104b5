import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("doubles from 30 seconds", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("never waits longer than an hour", () => {
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(MAX_ATTEMPTS)).toBe(3_600_000);
    expect(retryDelayMs(1_000)).toBe(3_600_000);
  });

  it("spreads the attempts over about three hours before giving up", () => {
    let total = 0;
    for (let failed = 1; failed < MAX_ATTEMPTS; failed += 1) total += retryDelayMs(failed);
    expect(total).toBe(11_010_000);
  });
});
