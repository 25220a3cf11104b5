import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseOutage, markDatabaseAvailable, markDatabaseUnavailable } from "./outage";

afterEach(() => {
  markDatabaseAvailable();
  vi.useRealTimers();
});

describe("database outage", () => {
  it("lasts until the probe finds the database answering, probing twice a second", async () => {
    vi.useFakeTimers();
    let up = false;
    const probe = vi.fn(async () => up);
    markDatabaseUnavailable(probe);
    expect(databaseOutage()).not.toBeNull();

    await vi.advanceTimersByTimeAsync(1_000);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(databaseOutage()).not.toBeNull();

    up = true;
    await vi.advanceTimersByTimeAsync(500);
    expect(databaseOutage()).toBeNull();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it("keeps the first probe when marked again, and ends at once when a request reached the database", async () => {
    vi.useFakeTimers();
    const first = vi.fn(async () => false);
    const second = vi.fn(async () => false);
    markDatabaseUnavailable(first);
    markDatabaseUnavailable(second);
    await vi.advanceTimersByTimeAsync(500);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();

    markDatabaseAvailable();
    expect(databaseOutage()).toBeNull();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(first).toHaveBeenCalledTimes(1);
  });
});
