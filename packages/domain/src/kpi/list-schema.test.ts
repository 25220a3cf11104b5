import { describe, expect, it } from "vitest";
import { KPI_PAGE_SIZE, listKpisSchema } from "./list-schema";

describe("listKpisSchema", () => {
  it("fills the defaults", () => {
    expect(listKpisSchema.parse({})).toEqual({ archived: false, sort: "name", order: "asc", page: 1 });
    expect(KPI_PAGE_SIZE).toBe(25);
  });

  it("accepts every filter", () => {
    const filters = {
      search: " revenue ",
      category: "financial",
      status: "overdue",
      ownerMembershipId: "m1",
      teamId: "t1",
      objectiveId: "o1",
      archived: true,
      sort: "updated",
      order: "desc",
      page: 3,
    };
    expect(listKpisSchema.parse(filters)).toEqual({ ...filters, search: "revenue" });
  });

  it.each([
    [{ search: "x".repeat(101) }, "search"],
    [{ category: "hr" }, "category"],
    [{ status: "late" }, "status"],
    [{ sort: "owner" }, "sort"],
    [{ order: "up" }, "order"],
    [{ page: 0 }, "page"],
    [{ page: 1.5 }, "page"],
    [{ archived: "yes" }, "archived"],
  ])("refuses %o", (input, path) => {
    expect(listKpisSchema.safeParse(input).error?.issues.map((issue) => issue.path.join("."))).toEqual([path]);
  });

  it("refuses unknown keys", () => {
    expect(listKpisSchema.safeParse({ orgId: "x" }).error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});
