import { describe, expect, it } from "vitest";
import { asOfCutoff, asOfProblem, asOfSchema } from "./as-of-date";
import { definitionAsOf, historyCovers } from "./definition-as-of";
import { checkInVersions, deletedCheckInVersions, valueInForce } from "./value-in-force";

const at = (text: string) => new Date(text);

describe("asOfSchema", () => {
  it("accepts a calendar date or nothing", () => {
    expect(asOfSchema.parse({ asOf: "2026-02-28" })).toEqual({ asOf: "2026-02-28" });
    expect(asOfSchema.parse({})).toEqual({});
  });
  it.each(["2026-02-30", "yesterday", "2026-2-1", ""])("refuses %j with a message a person can act on", (text) => {
    const result = asOfSchema.safeParse({ asOf: text });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/date/i);
  });
});

describe("asOfProblem", () => {
  it("accepts today, the creation day and any day between", () => {
    expect(asOfProblem("2026-06-10", "2026-06-10", "2026-01-05")).toBeNull();
    expect(asOfProblem("2026-01-05", "2026-06-10", "2026-01-05")).toBeNull();
    expect(asOfProblem("2026-03-01", "2026-06-10", "2026-01-05")).toBeNull();
  });
  it("refuses a day still to come", () => {
    expect(asOfProblem("2026-06-11", "2026-06-10", "2026-01-05")).toBe("2026-06-11 is in the future. Choose today or an earlier day.");
  });
  it("refuses a day before the organization existed", () => {
    expect(asOfProblem("2026-01-04", "2026-06-10", "2026-01-05")).toBe("The organization was created on 2026-01-05. Choose that day or a later one.");
  });
});

describe("asOfCutoff", () => {
  it("is the start of the next day in the organization's zone", () => {
    expect(asOfCutoff("UTC", "2026-03-31").toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(asOfCutoff("Europe/Berlin", "2026-01-15").toISOString()).toBe("2026-01-15T23:00:00.000Z");
    expect(asOfCutoff("America/New_York", "2026-07-04").toISOString()).toBe("2026-07-05T04:00:00.000Z");
  });
  it("crosses year ends and leap days", () => {
    expect(asOfCutoff("UTC", "2024-12-31").toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(asOfCutoff("UTC", "2024-02-28").toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
  it("follows a daylight-saving change on the next day", () => {
    // Berlin moves to summer time on 2026-03-29: that day begins at 23:00Z the day before, still winter time.
    expect(asOfCutoff("Europe/Berlin", "2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(asOfCutoff("Europe/Berlin", "2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});

describe("valueInForce of a stored check-in", () => {
  const checkIn = {
    value: "30",
    createdAt: at("2026-01-10T09:00:00Z"),
    // Deliberately out of order: the rule sorts by replacement.
    revisions: [
      { value: "20", replacedAt: at("2026-03-01T12:00:00Z") },
      { value: "10", replacedAt: at("2026-02-01T12:00:00Z") },
    ],
  };
  const versions = checkInVersions(checkIn);

  it("is absent before the check-in was created", () => {
    expect(valueInForce(versions, at("2026-01-10T09:00:00Z"))).toBeNull();
    expect(valueInForce(versions, at("2026-01-01T00:00:00Z"))).toBeNull();
  });
  it("is the first value until its correction, including the instant of the correction", () => {
    expect(valueInForce(versions, at("2026-01-10T09:00:00.001Z"))).toBe("10");
    expect(valueInForce(versions, at("2026-02-01T12:00:00Z"))).toBe("10");
  });
  it("is each corrected value in its own stretch", () => {
    expect(valueInForce(versions, at("2026-02-01T12:00:00.001Z"))).toBe("20");
    expect(valueInForce(versions, at("2026-03-01T12:00:00Z"))).toBe("20");
  });
  it("is the current value after the last correction", () => {
    expect(valueInForce(versions, at("2026-03-01T12:00:00.001Z"))).toBe("30");
    expect(valueInForce(versions, at("2030-01-01T00:00:00Z"))).toBe("30");
  });
  it("is the only value of a check-in never corrected", () => {
    const single = checkInVersions({ value: "5", createdAt: at("2026-01-10T09:00:00Z"), revisions: [] });
    expect(single).toEqual([{ value: "5", from: at("2026-01-10T09:00:00Z"), until: null }]);
    expect(valueInForce(single, at("2026-01-11T00:00:00Z"))).toBe("5");
  });
});

describe("valueInForce of a removed check-in", () => {
  const versions = deletedCheckInVersions({
    history: [
      { value: "7", recordedAt: at("2026-01-10T00:00:00Z") },
      { value: "8", recordedAt: at("2026-02-10T00:00:00Z") },
    ],
    deletedAt: at("2026-03-10T00:00:00Z"),
  });

  it("shows each value it held while it existed", () => {
    expect(valueInForce(versions, at("2026-01-10T00:00:00Z"))).toBeNull();
    expect(valueInForce(versions, at("2026-01-20T00:00:00Z"))).toBe("7");
    expect(valueInForce(versions, at("2026-02-10T00:00:00Z"))).toBe("7");
    expect(valueInForce(versions, at("2026-02-20T00:00:00Z"))).toBe("8");
    expect(valueInForce(versions, at("2026-03-10T00:00:00Z"))).toBe("8");
  });
  it("is gone after its removal", () => {
    expect(valueInForce(versions, at("2026-03-10T00:00:00.001Z"))).toBeNull();
  });
});

describe("definitionAsOf", () => {
  const current = { name: "Revenue", direction: "increase", targets: [{ effectiveFrom: "2026-01-01", target: "150" }], archived: false };
  const revisions = [
    { createdAt: at("2026-01-01T00:00:00Z"), changes: { created: { name: "Revenue" } } },
    { createdAt: at("2026-02-01T00:00:00Z"), changes: { targets: { from: [{ effectiveFrom: "2026-01-01", target: "100" }], to: [{ effectiveFrom: "2026-01-01", target: "120" }] } } },
    { createdAt: at("2026-03-01T00:00:00Z"), changes: { targets: { from: [{ effectiveFrom: "2026-01-01", target: "120" }], to: [{ effectiveFrom: "2026-01-01", target: "150" }] }, name: { from: "Sales", to: "Revenue" } } },
    { createdAt: at("2026-04-01T00:00:00Z"), changes: { archived: { from: false, to: true } } },
    { createdAt: at("2026-05-01T00:00:00Z"), changes: { archived: { from: true, to: false } } },
  ];

  it("is the current definition when nothing changed since", () => {
    expect(definitionAsOf(current, revisions, at("2026-06-01T00:00:00Z"))).toEqual({ definition: current, restored: [] });
  });
  it("takes each field from the first change after the cutoff", () => {
    const { definition, restored } = definitionAsOf(current, revisions, at("2026-01-15T00:00:00Z"));
    expect(definition.targets).toEqual([{ effectiveFrom: "2026-01-01", target: "100" }]);
    expect(definition.name).toBe("Sales");
    expect(definition.direction).toBe("increase");
    expect(restored.sort()).toEqual(["archived", "name", "targets"]);
  });
  it("keeps the schedule of the stretch between two changes", () => {
    expect(definitionAsOf(current, revisions, at("2026-02-15T00:00:00Z")).definition.targets).toEqual([{ effectiveFrom: "2026-01-01", target: "120" }]);
  });
  it("treats a change at the cutoff as made after it", () => {
    expect(definitionAsOf(current, revisions, at("2026-03-01T00:00:00Z")).definition.targets).toEqual([{ effectiveFrom: "2026-01-01", target: "120" }]);
  });
  it("restores an archive undone later", () => {
    expect(definitionAsOf(current, revisions, at("2026-04-15T00:00:00Z")).definition.archived).toBe(true);
    expect(definitionAsOf(current, revisions, at("2026-03-15T00:00:00Z")).definition.archived).toBe(false);
  });
  it("ignores entries that are not field changes", () => {
    expect(definitionAsOf(current, [{ createdAt: at("2026-07-01T00:00:00Z"), changes: { name: "odd" } }, { createdAt: at("2026-07-02T00:00:00Z"), changes: null }], at("2026-06-01T00:00:00Z")).definition).toEqual(current);
  });
});

describe("historyCovers", () => {
  it("is true when the history records the KPI's creation", () => {
    expect(historyCovers([{ createdAt: at("2026-01-01T00:00:00Z"), changes: { created: { name: "Revenue" } } }])).toBe(true);
  });
  it("is false when the history starts later or is empty", () => {
    expect(historyCovers([{ createdAt: at("2026-01-01T00:00:00Z"), changes: { name: { from: "a", to: "b" } } }])).toBe(false);
    expect(historyCovers([])).toBe(false);
  });
});
