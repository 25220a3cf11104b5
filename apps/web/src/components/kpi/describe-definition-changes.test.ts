import { describe, expect, it } from "vitest";
import { describeDefinitionChanges, type NameLookup } from "./describe-definition-changes";

const names: NameLookup = {
  members: new Map([
    ["m1", "Ann"],
    ["m2", "Ben"],
  ]),
  teams: new Map([["t1", "Sales"]]),
  objectives: new Map([["o1", "Grow revenue"]]),
};

describe("describeDefinitionChanges", () => {
  it("names creation, archiving and restoring", () => {
    expect(describeDefinitionChanges({ created: { name: "Win rate" } }, names)).toEqual(["Created the KPI."]);
    expect(describeDefinitionChanges({ archived: { from: false, to: true } }, names)).toEqual(["Archived the KPI."]);
    expect(describeDefinitionChanges({ archived: { from: true, to: false } }, names)).toEqual(["Restored the KPI."]);
  });

  it("writes each changed field as before → after, in words", () => {
    expect(
      describeDefinitionChanges(
        {
          name: { from: "A", to: "B" },
          cadence: { from: "monthly", to: "weekly" },
          endDate: { from: null, to: "2026-12-31" },
          owner: { from: "m1", to: "m2" },
          team: { from: null, to: "t1" },
          baseline: { from: "10", to: "12.5" },
        },
        names,
      ),
    ).toEqual(["Name: A → B", "Cadence: Monthly → Weekly", "End date: none → Dec 31, 2026", "Owner: Ann → Ben", "Team: none → Sales", "Baseline: 10 → 12.5"]);
  });

  it("summarises targets and descriptions, and lists who joined or left", () => {
    expect(
      describeDefinitionChanges(
        {
          targets: { from: [{ target: "1" }], to: [{ target: "2" }] },
          description: { from: "x", to: "y" },
          contributors: { from: ["m1"], to: ["m2", "gone"] },
          objectives: { from: [], to: ["o1"] },
        },
        names,
      ),
    ).toEqual(["Targets changed", "Description changed", "Contributors: added Ben, a former member; removed Ann", "Objectives: added Grow revenue"]);
  });
});
