import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./errors";

/** The shape Prisma gives a failed raw query (P2010): the driver's error sits in meta, not in cause. */
function rawQueryFailure(cause: Record<string, unknown>) {
  return Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation:\n\nRaw query failed. Code: `N/A`. Message: `Server has closed the connection.`"), {
    code: "P2010",
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });
}

describe("isDatabaseUnavailable", () => {
  it("recognises a raw query that lost its connection or met a server going down", () => {
    expect(isDatabaseUnavailable(rawQueryFailure({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable(rawQueryFailure({ kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }))).toBe(true);
    expect(isDatabaseUnavailable(rawQueryFailure({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
  });

  it("leaves a raw query the database refused as an ordinary failure", () => {
    const syntax = Object.assign(new Error("Raw query failed. Code: `42601`. Message: `syntax error at or near \"SELEC\"`"), {
      code: "P2010",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", code: "42601", message: 'syntax error at or near "SELEC"' } } },
    });
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
  });
});
