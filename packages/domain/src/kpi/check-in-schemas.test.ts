import { describe, expect, it } from "vitest";
import { recordCheckInSchema, recordCheckInsSchema } from "./check-in-schemas";

function issuesOf(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("recordCheckInSchema", () => {
  it("accepts a value with a default empty comment", () => {
    expect(recordCheckInSchema.parse({ kpiId: "k1", date: "2026-03-12", value: " 12.50 " })).toEqual({
      kpiId: "k1",
      date: "2026-03-12",
      value: "12.5",
      comment: "",
    });
  });

  it.each([
    [{ value: "twelve" }, "value", "Enter a number, like 1250 or 12.5."],
    [{ value: "" }, "value", "Enter a number, like 1250 or 12.5."],
    [{ date: "2026-02-29" }, "date", "Enter a date like 2026-03-12."],
    [{ comment: "x".repeat(2001) }, "comment", "Use at most 2,000 characters."],
    [{ kpiId: "" }, "kpiId", "Choose one."],
  ])("refuses %o at its field", (change, path, message) => {
    expect(issuesOf(recordCheckInSchema.safeParse({ kpiId: "k1", date: "2026-03-12", value: "1", ...change }))).toEqual([{ path, message }]);
  });

  it("refuses unknown keys", () => {
    const result = recordCheckInSchema.safeParse({ kpiId: "k1", date: "2026-03-12", value: "1", periodStart: "2026-03-01" });
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});

describe("recordCheckInsSchema", () => {
  const line = (kpiId: string, date: string) => ({ kpiId, date, value: "1" });

  it("accepts up to 200 lines", () => {
    const entries = Array.from({ length: 200 }, (_, index) => line(`k${index}`, "2026-03-12"));
    expect(recordCheckInsSchema.parse({ entries }).entries).toHaveLength(200);
    expect(issuesOf(recordCheckInsSchema.safeParse({ entries: [...entries, line("k999", "2026-03-12")] }))).toEqual([
      { path: "entries", message: "Record at most 200 values at once." },
    ]);
  });

  it("needs at least one line", () => {
    expect(issuesOf(recordCheckInsSchema.safeParse({ entries: [] }))).toEqual([{ path: "entries", message: "Add at least one value." }]);
  });

  it("refuses the same KPI and date twice, at the repeated line", () => {
    const entries = [line("k1", "2026-03-12"), line("k2", "2026-03-12"), line("k1", "2026-03-13"), line("k1", "2026-03-12")];
    expect(issuesOf(recordCheckInsSchema.safeParse({ entries }))).toEqual([
      { path: "entries.3.date", message: "This KPI already has a value for this date in the list." },
    ]);
  });

  it("reports a bad line by its index", () => {
    expect(issuesOf(recordCheckInsSchema.safeParse({ entries: [line("k1", "2026-03-12"), { ...line("k2", "2026-03-12"), value: "1e3" }] }))).toEqual([
      { path: "entries.1.value", message: "Enter a number, like 1250 or 12.5." },
    ]);
  });
});
