import { describe, expect, it } from "vitest";
import { importDateFormat } from "./dates";
import { checkRecords, settleOutcomes, valueKey, type ImportKpi, type ImportRecord, type ImportRules } from "./rows";

const kpi = (overrides: Partial<ImportKpi> = {}): ImportKpi => ({
  id: "kpi_revenue",
  name: "Revenue",
  code: "REV",
  cadence: "monthly",
  startDate: "2025-01-15",
  endDate: null,
  archived: false,
  calculated: false,
  recordable: true,
  ...overrides,
});

const KPIS: Record<string, ImportKpi> = {
  REV: kpi(),
  WEEKLY: kpi({ id: "kpi_weekly", name: "Visits", code: "WEEKLY", cadence: "weekly" }),
  OLD: kpi({ id: "kpi_old", name: "Old one", code: "OLD", archived: true }),
  CALC: kpi({ id: "kpi_calc", name: "Margin", code: "CALC", calculated: true }),
  LOCKED: kpi({ id: "kpi_locked", name: "Payroll", code: "LOCKED", recordable: false }),
  ENDED: kpi({ id: "kpi_ended", name: "Pilot", code: "ENDED", endDate: "2025-06-10" }),
  // Refused for several reasons at once: the first that applies is given.
  ALL: kpi({ id: "kpi_all", name: "Everything", code: "ALL", recordable: false, calculated: true, archived: true }),
};

const rules: ImportRules = {
  orgLocale: "en-US",
  decimalSeparator: ".",
  dateFormat: importDateFormat("en-US"),
  weekStart: 1,
  today: "2026-03-18",
  notAllowed: (target) => `You may not record values for ${target.name}.`,
};

let line = 1;
const record = (overrides: Partial<ImportRecord> = {}): ImportRecord => {
  line += 1;
  return { line, kpi: "REV", date: "2026-02-10", value: "12.5", comment: "fine", extraCells: 0, ...overrides };
};

const check = (records: ImportRecord[], withRules: ImportRules = rules) => checkRecords(records, (text) => KPIS[text] ?? null, withRules);
const only = (overrides: Partial<ImportRecord>, withRules?: ImportRules) => check([record(overrides)], withRules)[0]!;

describe("checking import rows", () => {
  it("turns a valid row into a value for its KPI's period", () => {
    const row = only({ line: 7, kpi: "REV", date: "2026-02-10", value: "1,250.50", comment: "  closed books  " });
    expect(row).toEqual({
      line: 7,
      kpiText: "REV",
      kpiId: "kpi_revenue",
      period: "2026-02-01",
      outcome: "new",
      value: "1250.5",
      previousValue: null,
      comment: "closed books",
      previousComment: null,
      error: null,
    });
  });

  it("files a weekly value under the week that starts on the organization's week start", () => {
    expect(only({ kpi: "WEEKLY", date: "2026-03-12" }).period).toBe("2026-03-09");
    expect(only({ kpi: "WEEKLY", date: "2026-03-12" }, { ...rules, weekStart: 7 }).period).toBe("2026-03-08");
  });

  it("keeps a missing comment column apart from an empty comment", () => {
    expect(only({ comment: null }).comment).toBeNull();
    expect(only({ comment: "" }).comment).toBe("");
  });

  it.each([
    [{ kpi: "NOPE" }, "unknown_kpi", "No KPI “NOPE” that you can see in this organization. Name it by its code, id or exact name."],
    [{ kpi: "" }, "unknown_kpi", "Name the KPI: its code, id or exact name."],
    [{ kpi: "LOCKED" }, "not_allowed", "You may not record values for Payroll."],
    [{ kpi: "OLD" }, "archived", "Old one is archived. Restore it before importing its values."],
    [{ kpi: "ALL" }, "not_allowed", "You may not record values for Everything."],
    [{ date: "31/02/2026" }, "bad_date", "“31/02/2026” is not a date in the calendar. Write dates like 2026-03-31 or 3/31/2026."],
    [{ date: "" }, "bad_date", "Enter a date, like 2026-03-31 or 3/31/2026."],
    [{ value: "12,5" }, "bad_number", "In this format the decimal mark is a point: write 12.5 for a decimal."],
    [{ value: "" }, "bad_number", "Enter a value."],
    [{ value: "n/a" }, "bad_number", "That is not a number. Write numbers like 1,234.5: a point before the decimals, commas between thousands (or none)."],
    [{ comment: "x".repeat(2001) }, "bad_comment", "Keep the comment to 2,000 characters."],
    [{ comment: "bell\u0007" }, "bad_comment", "Remove the invisible control characters from this text."],
    [{ date: "2024-12-31" }, "before_start", "Revenue starts on 15 Jan 2025; this date is before its first period."],
    [{ kpi: "ENDED", date: "2025-06-11" }, "after_end", "Pilot ended on 10 Jun 2025; this date is after it."],
    [{ date: "2026-04-01" }, "future_period", "Apr 2026 has not started yet. Import values for the current or earlier periods."],
    [{ extraCells: 1 }, "extra_cells", "This line has one more cell than the header. Put values that contain the delimiter in double quotes."],
    [{ extraCells: 3 }, "extra_cells", "This line has 3 more cells than the header. Put values that contain the delimiter in double quotes."],
  ])("refuses %j as %s", (overrides, code, message) => {
    const row = only(overrides);
    expect(row.outcome).toBe("error");
    expect(row.error).toEqual({ code, message });
    expect(row.value).toBeNull();
  });

  it("accepts the first period of a KPI that starts mid-period, its last day, and the current period", () => {
    expect(only({ date: "2025-01-01" }).outcome).toBe("new");
    expect(only({ kpi: "ENDED", date: "2025-06-10" }).outcome).toBe("new");
    expect(only({ date: "2026-03-31" }).period).toBe("2026-03-01");
  });

  it("names the matched KPI on rows refused for their date or value", () => {
    expect(only({ value: "x" }).kpiId).toBe("kpi_revenue");
    expect(only({ date: "2026-05-01" }).period).toBe("2026-05-01");
  });

  it("refuses two rows for one KPI and period, each naming the other's line", () => {
    const rows = check([record({ line: 4, date: "2026-01-03" }), record({ line: 5, kpi: "WEEKLY" }), record({ line: 9, date: "2026-01-28" })]);
    expect(rows.map((row) => row.outcome)).toEqual(["error", "new", "error"]);
    expect(rows[0]!.error).toEqual({ code: "duplicate", message: "Line 9 also has a value for Revenue in Jan 2026. Keep one of the two lines." });
    expect(rows[2]!.error).toEqual({ code: "duplicate", message: "Line 4 already has a value for Revenue in Jan 2026. Keep one of the two lines." });
  });

  it("names the first line on every later repeat, and keeps the first row's message", () => {
    const rows = check([record({ line: 2 }), record({ line: 3 }), record({ line: 4 })]);
    expect(rows.map((row) => row.error?.message)).toEqual([
      "Line 3 also has a value for Revenue in Feb 2026. Keep one of the two lines.",
      "Line 2 already has a value for Revenue in Feb 2026. Keep one of the two lines.",
      "Line 2 already has a value for Revenue in Feb 2026. Keep one of the two lines.",
    ]);
  });

  it("does not count a refused row as a repeat", () => {
    const rows = check([record({ value: "bad" }), record({})]);
    expect(rows.map((row) => row.outcome)).toEqual(["error", "new"]);
  });

  it("reads values with the chosen separator and dates in the organization's order", () => {
    const german: ImportRules = { ...rules, orgLocale: "de-DE", decimalSeparator: ",", dateFormat: importDateFormat("de-DE") };
    const row = only({ date: "10.02.2026", value: "1.234,5" }, german);
    expect([row.period, row.value]).toEqual(["2026-02-01", "1234.5"]);
  });
});

describe("comparing import rows with stored values", () => {
  const rows = check([record({ value: "10" }), record({ kpi: "WEEKLY", value: "5", comment: "new note" }), record({ kpi: "ENDED", date: "2025-03-01", value: "7" }), record({ value: "x", date: "2026-01-01" })]);
  const stored = new Map([
    [valueKey("kpi_revenue", "2026-02-01"), { value: "10.000000", comment: "fine" }],
    [valueKey("kpi_weekly", "2026-02-09"), { value: "5.000000", comment: "old note" }],
  ]);
  const settled = settleOutcomes(rows, (kpiId, period) => stored.get(valueKey(kpiId, period)));

  it("calls a row with the stored value and comment unchanged, another value or comment changed, nothing stored new", () => {
    expect(settled.map((row) => row.outcome)).toEqual(["unchanged", "changed", "new", "error"]);
  });

  it("shows what a changed row replaces", () => {
    expect(settled[1]).toMatchObject({ value: "5", previousValue: "5", comment: "new note", previousComment: "old note" });
  });

  it("keeps stored comments when the file has no comment column", () => {
    const [row] = settleOutcomes(check([record({ value: "10", comment: null })]), () => ({ value: "10", comment: "kept" }));
    expect(row!.outcome).toBe("unchanged");
    const [changed] = settleOutcomes(check([record({ value: "11", comment: null })]), () => ({ value: "10", comment: "kept" }));
    expect(changed).toMatchObject({ outcome: "changed", value: "11", previousValue: "10", previousComment: null, comment: null });
  });

  it("refuses a calculated KPI's row unless it repeats the stored value and comment, as a re-imported export does", () => {
    const calculated = "Margin is calculated from its formula; its values cannot be imported.";
    const checked = check([record({ kpi: "CALC", value: "12.50", comment: "" })]);
    expect(checked[0]!.error).toEqual({ code: "calculated", message: calculated });
    const [same] = settleOutcomes(checked, () => ({ value: "12.500000", comment: "" }));
    expect(same).toMatchObject({ outcome: "unchanged", error: null, value: "12.5" });
    for (const storedValue of [{ value: "12.600000", comment: "" }, { value: "12.500000", comment: "other" }, undefined]) {
      const [refused] = settleOutcomes(checked, () => storedValue);
      expect(refused).toMatchObject({ outcome: "error", error: { code: "calculated", message: calculated }, value: null, comment: null });
    }
    // Its own faults come first.
    expect(only({ kpi: "CALC", date: "31/02/2026" }).error?.code).toBe("bad_date");
  });

  it("compares values exactly, whatever their spelling", () => {
    const [row] = settleOutcomes(check([record({ value: "-0.50" })]), () => ({ value: "-0.500000", comment: "fine" }));
    expect(row!.outcome).toBe("unchanged");
    const [close] = settleOutcomes(check([record({ value: "0.000001" })]), () => ({ value: "0.000000", comment: "fine" }));
    expect(close!.outcome).toBe("changed");
  });
});
