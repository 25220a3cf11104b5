import { describe, expect, it } from "vitest";
import { invitationState, wouldRemoveLastAdmin } from "./status";

const now = new Date("2026-03-10T12:00:00Z");
const later = new Date("2026-03-10T12:00:01Z");
const earlier = new Date("2026-03-10T11:59:59Z");

describe("invitationState", () => {
  it.each([
    ["no invitation behind the token", null, "unknown"],
    ["a pending invitation before it expires", { status: "pending", expiresAt: later }, "valid"],
    ["a pending invitation at the instant it expires", { status: "pending", expiresAt: now }, "expired"],
    ["a pending invitation after it expired", { status: "pending", expiresAt: earlier }, "expired"],
    ["an accepted invitation, even before expiry", { status: "accepted", expiresAt: later }, "used"],
    ["an accepted invitation after expiry", { status: "accepted", expiresAt: earlier }, "used"],
    ["a revoked invitation", { status: "revoked", expiresAt: later }, "revoked"],
    ["a revoked invitation after expiry", { status: "revoked", expiresAt: earlier }, "revoked"],
  ] as const)("%s is %s", (_label, invitation, expected) => {
    expect(invitationState(invitation, now)).toBe(expected);
  });
});

describe("wouldRemoveLastAdmin", () => {
  it("refuses removing the only active admin", () => {
    expect(wouldRemoveLastAdmin(["a"], "a")).toBe(true);
  });
  it("allows removing one of two admins", () => {
    expect(wouldRemoveLastAdmin(["a", "b"], "a")).toBe(false);
  });
  it("allows changing someone who is not an active admin", () => {
    expect(wouldRemoveLastAdmin(["a"], "m")).toBe(false);
    expect(wouldRemoveLastAdmin([], "m")).toBe(false);
  });
});
