import { describe, expect, it } from "vitest";
import { newKpiState } from "./kpi-form-state";
import { placeServerErrors } from "./server-errors";

const state = newKpiState({ today: "2026-03-01", currency: "USD", ownerMembershipId: "m1" }, null);

describe("placeServerErrors", () => {
  it("puts each error beside the input of its path", () => {
    const { placed, unplaced } = placeServerErrors(
      { endDate: ["The end date must not be before the start date."], teamId: ["Choose one of your teams."], "targets.0.target": ["Set a target."] },
      state,
    );
    expect(placed).toEqual([
      ["endDate", "The end date must not be before the start date."],
      ["teamId", "Choose one of your teams."],
      ["targets.0.target", "Set a target."],
    ]);
    expect(unplaced).toEqual([]);
  });

  it("folds list items into their list and the schedule's own errors into its root", () => {
    const { placed } = placeServerErrors({ "contributorMembershipIds.2": ["Gone."], targets: ["Set a target."] }, state);
    expect(placed).toEqual([
      ["contributorMembershipIds", "Gone."],
      ["targets.root", "Set a target."],
    ]);
  });

  it("keeps errors of hidden or unknown inputs for the form-level alert", () => {
    const { placed, unplaced } = placeServerErrors(
      { _form: ["Your role cannot create KPIs."], currency: ["Not a currency KPI."], "targets.0.targetMin": ["Set a minimum."], "targets.5.target": ["?"] },
      state,
    );
    expect(placed).toEqual([]);
    expect(unplaced).toEqual(["Your role cannot create KPIs.", "Not a currency KPI.", "Set a minimum.", "?"]);
  });
});
