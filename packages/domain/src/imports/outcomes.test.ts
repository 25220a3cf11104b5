import { describe, expect, it } from "vitest";
import { countOutcomes, describeImport, errorsFirst, type ImportCounts } from "./outcomes";

const counts = (overrides: Partial<ImportCounts>): ImportCounts => {
  const base = { error: 0, new: 0, changed: 0, unchanged: 0, ...overrides };
  return { ...base, rows: base.error + base.new + base.changed + base.unchanged };
};

describe("import outcomes", () => {
  it("counts rows by outcome", () => {
    expect(countOutcomes([{ outcome: "new" }, { outcome: "error" }, { outcome: "new" }, { outcome: "unchanged" }])).toEqual({ rows: 4, error: 1, new: 2, changed: 0, unchanged: 1 });
  });

  it("puts errors first, each group by line", () => {
    const rows = [
      { line: 2, outcome: "new" as const },
      { line: 9, outcome: "error" as const },
      { line: 3, outcome: "error" as const },
      { line: 1, outcome: "unchanged" as const },
    ];
    expect(errorsFirst(rows).map((row) => row.line)).toEqual([3, 9, 1, 2]);
  });

  it.each([
    [counts({ error: 1, new: 3 }), true, false, "1 row has an error. Fix it and check the file again; nothing was written."],
    [counts({ error: 2 }), false, false, "2 rows have errors, so nothing was imported. Fix them and import the file again."],
    [counts({ unchanged: 4 }), true, false, "Every row matches the stored values: nothing to import."],
    [counts({ unchanged: 4 }), false, true, "Every row matches the stored values: nothing was changed."],
    [counts({ new: 1200, changed: 1, unchanged: 2 }), true, false, "Ready to import 1,201 values: 1,200 new values, 1 changed value, 2 unchanged rows."],
    [counts({ new: 1, changed: 0, unchanged: 1 }), false, true, "Imported 1 value: 1 new value, 0 changed values, 1 unchanged row."],
  ])("describes %j (dry run %s, committed %s)", (given, dryRun, committed, sentence) => {
    expect(describeImport(given, { dryRun, committed })).toBe(sentence);
  });
});
