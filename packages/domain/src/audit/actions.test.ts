import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, listAuditEventsSchema } from "./actions";

describe("listAuditEventsSchema", () => {
  it("accepts a known action and a date range", () => {
    expect(listAuditEventsSchema.parse({ action: "member.role_changed", from: "2026-01-01", to: "2026-01-31" })).toMatchObject({ page: 1 });
  });

  it("refuses an end before the start, on the end field", () => {
    const result = listAuditEventsSchema.safeParse({ from: "2026-02-01", to: "2026-01-31" });
    expect(result.error?.issues[0]?.path).toEqual(["to"]);
  });

  it("refuses unknown actions and malformed dates", () => {
    expect(listAuditEventsSchema.safeParse({ action: "drop.tables" }).success).toBe(false);
    expect(listAuditEventsSchema.safeParse({ from: "31/01/2026" }).success).toBe(false);
  });

  it("labels every action", () => {
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(10);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});

describe("sign-ins", () => {
  it("are not organization events: they belong to each person's own security log", () => {
    expect(AUDIT_ACTIONS.filter((action) => action.startsWith("auth."))).toEqual([]);
    expect(listAuditEventsSchema.safeParse({ action: "auth.signed_in" }).success).toBe(false);
  });
});
