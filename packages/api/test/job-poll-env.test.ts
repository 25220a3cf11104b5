import { describe, expect, it } from "vitest";
import { readApiEnv } from "../src/env";

describe("JOB_POLL_INTERVAL_MS", () => {
  it("is 5 seconds unless set, and takes a whole number of milliseconds from 100", () => {
    expect(readApiEnv({}).jobPollIntervalMs).toBe(5_000);
    expect(readApiEnv({ JOB_POLL_INTERVAL_MS: "" }).jobPollIntervalMs).toBe(5_000);
    expect(readApiEnv({ JOB_POLL_INTERVAL_MS: "500" }).jobPollIntervalMs).toBe(500);
    expect(() => readApiEnv({ JOB_POLL_INTERVAL_MS: "50" })).toThrow(/JOB_POLL_INTERVAL_MS/);
    expect(() => readApiEnv({ JOB_POLL_INTERVAL_MS: "soon" })).toThrow(/JOB_POLL_INTERVAL_MS/);
  });
});
