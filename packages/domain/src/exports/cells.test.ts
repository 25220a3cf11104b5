import { describe, expect, it } from "vitest";
import { CHECK_IN_EXPORT_COLUMNS, KPI_EXPORT_COLUMNS, type ExportCellKind } from "./columns";
import { XLSX_DATE_FORMATS, csvCell, xlsxCell } from "./cells";

const KINDS: ExportCellKind[] = ["text", "decimal", "date", "timestamp"];

describe("csvCell", () => {
  it("writes an empty cell for a missing value, whatever the column", () => {
    for (const kind of KINDS) expect(csvCell(kind, null)).toBe("");
  });

  it("writes decimals as plain numbers, never escaped", () => {
    expect(csvCell("decimal", "-5")).toBe("-5");
    expect(csvCell("decimal", "-0.25")).toBe("-0.25");
    expect(csvCell("decimal", "1234567.5")).toBe("1234567.5");
  });

  it("escapes text, and anything a column holds that is not what it promises", () => {
    expect(csvCell("text", "-5")).toBe("'-5");
    expect(csvCell("text", "=1+1")).toBe("'=1+1");
    expect(csvCell("text", "@Revenue")).toBe("'@Revenue");
    expect(csvCell("decimal", "=1+1")).toBe("'=1+1");
    expect(csvCell("decimal", "-1e5")).toBe("'-1e5");
    expect(csvCell("date", "-2026-01-01")).toBe("'-2026-01-01");
    expect(csvCell("timestamp", "+2026-01-01T00:00:00Z")).toBe("'+2026-01-01T00:00:00Z");
  });

  it("writes dates and timestamps as ISO text", () => {
    expect(csvCell("date", "2026-03-01")).toBe("2026-03-01");
    expect(csvCell("timestamp", "2026-03-01T10:15:00.000Z")).toBe("2026-03-01T10:15:00.000Z");
  });
});

describe("xlsxCell", () => {
  it("leaves a missing value empty", () => {
    for (const kind of KINDS) expect(xlsxCell(kind, null)).toBeNull();
  });

  it("writes decimals as numeric cells, negative ones included, and long ones as exact text", () => {
    expect(xlsxCell("decimal", "-5")).toBe(-5);
    expect(xlsxCell("decimal", "12.5")).toBe(12.5);
    expect(xlsxCell("decimal", "123456789012345678")).toBe("123456789012345678");
    expect(xlsxCell("decimal", "=1")).toBe("'=1");
  });

  it("writes a long value's text with the organization's decimal mark, and numbers as numbers whatever the mark", () => {
    const comma = { decimalMark: "," } as const;
    expect(xlsxCell("decimal", "123456789012.123456", comma)).toBe("123456789012,123456");
    expect(xlsxCell("decimal", "-123456789012.123456", comma)).toBe("-123456789012,123456");
    expect(xlsxCell("decimal", "123456789012345678", comma)).toBe("123456789012345678");
    expect(xlsxCell("decimal", "12.5", comma)).toBe(12.5);
    expect(xlsxCell("decimal", "123456789012.123456", { decimalMark: "." })).toBe("123456789012.123456");
  });

  it("writes dates as midnight UTC and timestamps as their instant", () => {
    expect(xlsxCell("date", "2024-02-29")).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(xlsxCell("timestamp", "2026-03-01T10:15:00.000Z")).toEqual(new Date(Date.UTC(2026, 2, 1, 10, 15)));
    expect(xlsxCell("date", "2023-02-29")).toBe("2023-02-29");
    expect(xlsxCell("date", "@2026")).toBe("'@2026");
    expect(xlsxCell("timestamp", "yesterday")).toBe("yesterday");
  });

  it("escapes text cells", () => {
    expect(xlsxCell("text", "=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(xlsxCell("text", "Revenue")).toBe("Revenue");
  });

  it("has a display format for every date-like kind", () => {
    expect(XLSX_DATE_FORMATS.date).toBe("yyyy-mm-dd");
    expect(XLSX_DATE_FORMATS.timestamp).toMatch(/hh:mm/);
  });
});

describe("export columns", () => {
  it("name the check-in columns the import reads, in this order", () => {
    expect(CHECK_IN_EXPORT_COLUMNS.map((column) => column.key)).toEqual(["kpi", "kpi_name", "date", "value", "comment", "status", "recorded_by", "recorded_at"]);
  });

  it("write values as numbers and periods as dates", () => {
    const kinds = Object.fromEntries(CHECK_IN_EXPORT_COLUMNS.map((column) => [column.key, column.kind]));
    expect(kinds).toMatchObject({ date: "date", value: "decimal", recorded_at: "timestamp", comment: "text", kpi: "text" });
  });

  it("give the KPI list its columns, each once, with a width", () => {
    const keys = KPI_EXPORT_COLUMNS.map((column) => column.key);
    expect(keys).toEqual(expect.arrayContaining(["code", "name", "category", "unit", "direction", "cadence", "owner", "team", "latest_period", "latest_value", "status", "target"]));
    expect(new Set(keys).size).toBe(keys.length);
    for (const column of [...KPI_EXPORT_COLUMNS, ...CHECK_IN_EXPORT_COLUMNS]) expect(column.width).toBeGreaterThan(5);
  });
});
