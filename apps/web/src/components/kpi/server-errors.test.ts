import { describe, expect, it } from "vitest";
import { newKpiState } from "./kpi-form-state";
import { formPathOf } from "./server-errors";

const state = newKpiState({ today: "2026-03-01", currency: "USD", ownerMembershipId: "m1" }, null);

describe("formPathOf", () => {
  it("puts each error beside the input of its path", () => {
    expect(formPathOf("endDate", state)).toBe("endDate");
    expect(formPathOf("teamId", state)).toBe("teamId");
    expect(formPathOf("code", state)).toBe("code");
    expect(formPathOf("targets.0.target", state)).toBe("targets.0.target");
  });

  it("folds list items into their list and the schedule's own errors into its root", () => {
    expect(formPathOf("contributorMembershipIds.2", state)).toBe("contributorMembershipIds");
    expect(formPathOf("targets", state)).toBe("targets.root");
  });

  it("leaves errors of hidden or unknown inputs for the form-level alert", () => {
    expect(formPathOf("_form", state)).toBeNull();
    expect(formPathOf("currency", state)).toBeNull();
    expect(formPathOf("targets.0.targetMin", state)).toBeNull();
    expect(formPathOf("targets.5.target", state)).toBeNull();
  });

  it("shows the currency and the range fields when the form shows them", () => {
    expect(formPathOf("currency", { ...state, unit: "currency" })).toBe("currency");
    expect(formPathOf("targets.0.targetMin", { ...state, direction: "range" })).toBe("targets.0.targetMin");
  });
});
