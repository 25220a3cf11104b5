import { describe, expect, it } from "vitest";
import { DEFAULT_KPI_LIST_COLUMNS, KPI_LIST_COLUMNS, resolveKpiListColumns } from "./list-columns";
import { createSavedViewShape, kpiListColumnsSchema, savedViewFiltersSchema, savedViewNameSchema } from "./list-views";
import { z } from "zod";

describe("kpiListColumnsSchema", () => {
  it("accepts any non-empty set of known columns", () => {
    expect(kpiListColumnsSchema.parse(["deltaYear", "status"])).toEqual(["deltaYear", "status"]);
    expect(kpiListColumnsSchema.parse([...KPI_LIST_COLUMNS])).toEqual([...KPI_LIST_COLUMNS]);
  });

  it.each([
    [[], "Choose at least one column."],
    [["status", "status"], "Choose each column at most once."],
    [["forecastedProfit"], "Choose columns the KPI list has."],
    ["status", "Choose the columns to show."],
    [Array.from({ length: 10_000 }, () => "status"), "Choose each column at most once."],
  ])("refuses %j", (input, message) => {
    const result = kpiListColumnsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe("resolveKpiListColumns", () => {
  it("shows the default set until the member chooses", () => {
    expect(resolveKpiListColumns([])).toEqual(DEFAULT_KPI_LIST_COLUMNS);
  });

  it("keeps the list's own order and drops columns it no longer has", () => {
    expect(resolveKpiListColumns(["deltaYear", "retired", "status"])).toEqual(["status", "deltaYear"]);
    expect(resolveKpiListColumns(["retired"])).toEqual(DEFAULT_KPI_LIST_COLUMNS);
  });
});

describe("saved views", () => {
  it("keeps filters and sort, with the list's defaults, and no page", () => {
    expect(savedViewFiltersSchema.parse({ status: "off_track", sort: "status" })).toEqual({ status: "off_track", sort: "status", order: "asc", archived: false });
    expect(savedViewFiltersSchema.safeParse({ page: 2 }).success).toBe(false);
    expect(savedViewFiltersSchema.safeParse({ status: "great" }).success).toBe(false);
  });

  it("names a view with one trimmed line of up to 60 characters", () => {
    expect(savedViewNameSchema.parse("  Sales at risk ")).toBe("Sales at risk");
    expect(savedViewNameSchema.safeParse("   ").error?.issues[0]?.message).toBe("Name the view.");
    expect(savedViewNameSchema.safeParse("x".repeat(61)).success).toBe(false);
    expect(savedViewNameSchema.safeParse("two\nlines").success).toBe(false);
  });

  it("reports each bad field of a new view at its own path", () => {
    const result = z.strictObject(createSavedViewShape).safeParse({ name: "", filters: { status: "great" }, columns: [] });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["name", "filters.status", "columns"]);
  });
});
