import { describe, expect, it } from "vitest";
import { fieldOfColumn, normalizeColumnName, recognizeColumns } from "./columns";

const columns = (header: string[]) => {
  const result = recognizeColumns(header);
  return result.ok ? result.columns : result.problem;
};

describe("import columns", () => {
  it.each([
    ["kpi", "kpi"],
    ["KPI", "kpi"],
    [" Kpi Code ", "kpi"],
    ["kpi-id", "kpi"],
    ["code", "kpi"],
    ["\uFEFFkpi", "kpi"],
    ["Date", "date"],
    ["period start", "date"],
    ["Period", "date"],
    ["VALUE", "value"],
    ["Actual", "value"],
    ["amount", "value"],
    ["Comment", "comment"],
    ["notes", "comment"],
    ["kpi_name", "ignored"],
    ["KPI name", "ignored"],
    ["status", "ignored"],
    ["recorded_by", "ignored"],
    ["Recorded at", "ignored"],
    ["period_end", "ignored"],
    ["vaule", null],
    ["target", null],
    ["", null],
  ])("reads the header %j as %s", (name, field) => {
    expect(fieldOfColumn(name)).toBe(field);
  });

  it("folds case, spaces, hyphens and underscores together", () => {
    expect(normalizeColumnName("  KPI -  Code ")).toBe("kpi_code");
  });

  it("finds each field's column, the comment being optional", () => {
    expect(columns(["kpi", "date", "value", "comment"])).toEqual({ kpi: 0, date: 1, value: 2, comment: 3, width: 4 });
    expect(columns(["Value", "Date", "KPI"])).toEqual({ kpi: 2, date: 1, value: 0, comment: null, width: 3 });
  });

  it("accepts and skips the informational columns of an export, and empty header cells", () => {
    expect(columns(["kpi", "kpi_name", "date", "period_end", "value", "status", "comment", "recorded_by", "recorded_at", ""])).toEqual({
      kpi: 0,
      date: 2,
      value: 4,
      comment: 6,
      width: 10,
    });
  });

  it("refuses an unknown column, naming it and the columns it reads", () => {
    const problem = columns(["kpi", "date", "vaule"]);
    expect(problem).toMatch(/^Unknown column “vaule”\./);
    expect(problem).toMatch(/kpi \(its code, id or exact name\), date, value and comment/);
    expect(problem).toMatch(/kpi_name, status, recorded_by, recorded_at, period_end are accepted and ignored/);
  });

  it("names several unknown columns, at most five of them", () => {
    const problem = columns(["kpi", "date", "value", "a", "b", "c", "d", "e", "f", "g"]);
    expect(problem).toMatch(/^Unknown columns “a”, “b”, “c”, “d”, “e” and 2 more\./);
  });

  it("refuses a file without a required column, naming what is missing", () => {
    expect(columns(["kpi", "comment"])).toMatch(/^The file has no date, value columns\./);
    expect(columns(["kpi", "date"])).toMatch(/^The file has no value column\./);
    expect(columns([])).toMatch(/^The file has no kpi, date, value columns\./);
  });

  it("refuses two columns for the same field", () => {
    expect(columns(["kpi", "code", "date", "value"])).toBe("The columns “kpi” and “code” both give the kpi. Keep one of them.");
  });

  it("shortens a very long unknown name in the message", () => {
    expect(columns(["kpi", "date", "value", "x".repeat(200)])).toContain(`“${"x".repeat(40)}…”`);
  });
});
