import { describe, expect, it } from "vitest";
import { exportCheckInsQuerySchema, exportKpisQuerySchema, exportValuesFormSchema } from "./schemas";

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);
}

describe("exportKpisQuerySchema", () => {
  it("reads the list page's parameters into the list's filters, with the list's defaults", () => {
    expect(exportKpisQuerySchema.parse({ format: "csv" })).toEqual({
      format: "csv",
      filters: { archived: false, sort: "name", order: "asc", ownerMembershipId: undefined, teamId: undefined, objectiveId: undefined },
    });
    expect(
      exportKpisQuerySchema.parse({
        format: "xlsx",
        search: "  revenue ",
        status: "off_track",
        category: "financial",
        owner: "m1",
        team: "t1",
        objective: "o1",
        archived: "1",
        sort: "status",
        order: "desc",
      }),
    ).toEqual({
      format: "xlsx",
      filters: { search: "revenue", status: "off_track", category: "financial", ownerMembershipId: "m1", teamId: "t1", objectiveId: "o1", archived: true, sort: "status", order: "desc" },
    });
  });

  it.each([
    ["1", true],
    ["true", true],
    ["0", false],
    ["false", false],
  ])("reads archived=%s as %s", (flag, archived) => {
    expect(exportKpisQuerySchema.parse({ format: "csv", archived: flag }).filters.archived).toBe(archived);
  });

  it.each([
    [{}, "format", 'Choose the format "csv" or "xlsx".'],
    [{ format: "pdf" }, "format", 'Choose the format "csv" or "xlsx".'],
    [{ format: "csv", archived: "yes" }, "archived", "Use 1 (yes) or 0 (no)."],
    [{ format: "csv", owner: "bad id!" }, "owner", "This id is not valid."],
    [{ format: "csv", search: "x".repeat(101) }, "search", "Use at most 100 characters."],
  ])("refuses %j on %s", (query, field, message) => {
    expect(issues(exportKpisQuerySchema.safeParse(query))).toContainEqual([field, message]);
  });

  it("refuses an unknown status, sort or parameter", () => {
    expect(issues(exportKpisQuerySchema.safeParse({ format: "csv", status: "great" }))[0]?.[0]).toBe("status");
    expect(issues(exportKpisQuerySchema.safeParse({ format: "csv", sort: "owner" }))[0]?.[0]).toBe("sort");
    expect(exportKpisQuerySchema.safeParse({ format: "csv", page: "2" }).success).toBe(false);
  });
});

describe("exportCheckInsQuerySchema", () => {
  it("reads one KPI or every one, over an open or closed range", () => {
    expect(exportCheckInsQuerySchema.parse({ format: "csv" })).toEqual({ format: "csv", range: { kpiId: undefined, from: undefined, to: undefined } });
    expect(exportCheckInsQuerySchema.parse({ format: "xlsx", kpi: "k1", from: "2026-01-01", to: "2026-03-31" })).toEqual({
      format: "xlsx",
      range: { kpiId: "k1", from: "2026-01-01", to: "2026-03-31" },
    });
    expect(exportCheckInsQuerySchema.parse({ format: "csv", from: "2026-01-01", to: "2026-01-01" }).range).toMatchObject({ from: "2026-01-01", to: "2026-01-01" });
  });

  it.each([
    [{ format: "csv", from: "2026-02-01", to: "2026-01-31" }, "to", "The end date must be on or after the start date."],
    [{ format: "csv", from: "2026-02-30" }, "from", "Enter a date like 2026-03-12."],
    [{ format: "csv", to: "31/01/2026" }, "to", "Enter a date like 2026-03-12."],
    [{ format: "csv", from: "0226-01-01" }, "from", "Use a date between 1900 and 2999."],
    [{ format: "ods" }, "format", 'Choose the format "csv" or "xlsx".'],
    [{ format: "csv", kpi: "../other" }, "kpi", "This id is not valid."],
  ])("refuses %j on %s", (query, field, message) => {
    expect(issues(exportCheckInsQuerySchema.safeParse(query))).toContainEqual([field, message]);
  });
});

describe("exportValuesFormSchema", () => {
  it("accepts an open range and a closed one in order", () => {
    expect(exportValuesFormSchema.safeParse({ from: "", to: "", format: "csv" }).success).toBe(true);
    expect(exportValuesFormSchema.safeParse({ from: "2026-01-01", to: "2026-12-31", format: "xlsx" }).success).toBe(true);
  });

  it("puts each problem beside its field", () => {
    expect(issues(exportValuesFormSchema.safeParse({ from: "2026-02-01", to: "2026-01-01", format: "csv" }))).toEqual([["to", "The end date must be on or after the start date."]]);
    expect(issues(exportValuesFormSchema.safeParse({ from: "2026-13-01", to: "", format: "csv" }))).toEqual([["from", "Enter a date like 2026-03-12."]]);
    expect(issues(exportValuesFormSchema.safeParse({ from: "", to: "", format: "pdf" }))[0]?.[0]).toBe("format");
  });
});
