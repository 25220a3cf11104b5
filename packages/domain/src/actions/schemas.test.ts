import { describe, expect, it } from "vitest";
import {
  ACTION_MAX_KPIS,
  ACTION_TITLE_MAX,
  createActionSchema,
  listActionsSchema,
  setActionStatusSchema,
  updateActionSchema,
} from "./schemas";

const valid = { title: "Call the five churned accounts", ownerMembershipId: "m1", dueDate: "2026-04-30", kpiIds: ["k1"] };

function messageAt(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) {
  return result.error?.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("createActionSchema", () => {
  it("accepts a complete action, trims the title and defaults the rest", () => {
    expect(createActionSchema.parse({ ...valid, title: "  Call the five churned accounts  " })).toEqual({ ...valid, description: "", reviewId: null });
  });

  it("keeps a review id", () => {
    expect(createActionSchema.parse({ ...valid, reviewId: "r1" }).reviewId).toBe("r1");
  });

  it.each([
    ["a missing title", { title: undefined }, "title", "Enter a title."],
    ["a blank title", { title: "   " }, "title", "Use at least 3 characters."],
    ["a title too long", { title: "x".repeat(ACTION_TITLE_MAX + 1) }, "title", `Use at most ${ACTION_TITLE_MAX} characters.`],
    ["a title on two lines", { title: "Call\nthem" }, "title", "Keep this on one line."],
    ["a description too long", { description: "x".repeat(2001) }, "description", "Use at most 2,000 characters."],
    ["no owner", { ownerMembershipId: "" }, "ownerMembershipId", "Choose an owner."],
    ["no due date", { dueDate: undefined }, "dueDate", "Enter a date like 2026-03-12."],
    ["a date that does not exist", { dueDate: "2026-02-30" }, "dueDate", "Enter a date like 2026-03-12."],
    ["a date in the wrong format", { dueDate: "30/04/2026" }, "dueDate", "Enter a date like 2026-03-12."],
    ["no KPI", { kpiIds: [] }, "kpiIds", "Choose at least one KPI."],
    ["KPIs missing", { kpiIds: undefined }, "kpiIds", "Choose at least one KPI."],
    ["too many KPIs", { kpiIds: Array.from({ length: ACTION_MAX_KPIS + 1 }, (_, i) => `k${i}`) }, "kpiIds", `Link at most ${ACTION_MAX_KPIS} KPIs; split the work into several actions.`],
  ])("refuses %s on its field", (_label, change, field, message) => {
    expect(messageAt(createActionSchema.safeParse({ ...valid, ...change }), field)).toBe(message);
  });

  it("accepts multi-line descriptions and a leap day", () => {
    const parsed = createActionSchema.parse({ ...valid, description: "First\nthen", dueDate: "2028-02-29" });
    expect(parsed.description).toBe("First\nthen");
    expect(parsed.dueDate).toBe("2028-02-29");
  });

  it("names each KPI once", () => {
    expect(createActionSchema.parse({ ...valid, kpiIds: ["k1", "k2", "k1"] }).kpiIds).toEqual(["k1", "k2"]);
  });

  it("refuses unknown fields and hostile ids", () => {
    expect(createActionSchema.safeParse({ ...valid, status: "done" }).success).toBe(false);
    expect(createActionSchema.safeParse({ ...valid, kpiIds: ["'; drop table"] }).success).toBe(false);
  });
});

describe("updateActionSchema", () => {
  it("needs the action and takes no review", () => {
    expect(updateActionSchema.safeParse(valid).success).toBe(false);
    expect(updateActionSchema.safeParse({ ...valid, actionId: "a1" }).success).toBe(true);
    expect(updateActionSchema.safeParse({ ...valid, actionId: "a1", reviewId: "r1" }).success).toBe(false);
  });
});

describe("setActionStatusSchema", () => {
  it.each(["open", "done", "dropped"])("accepts %s", (status) => {
    expect(setActionStatusSchema.safeParse({ actionId: "a1", status }).success).toBe(true);
  });

  it("refuses any other status with a clear message", () => {
    expect(messageAt(setActionStatusSchema.safeParse({ actionId: "a1", status: "closed" }), "status")).toBe("Choose open, done or dropped.");
  });
});

describe("listActionsSchema", () => {
  it("lists everything visible, first page, by default", () => {
    expect(listActionsSchema.parse({})).toEqual({ mine: false, page: 1 });
  });

  it("takes every filter together", () => {
    expect(listActionsSchema.parse({ mine: true, kpiId: "k1", reviewId: "r1", status: "open", page: 2 })).toEqual({
      mine: true,
      kpiId: "k1",
      reviewId: "r1",
      status: "open",
      page: 2,
    });
  });

  it("refuses page 0 and unknown statuses", () => {
    expect(listActionsSchema.safeParse({ page: 0 }).success).toBe(false);
    expect(listActionsSchema.safeParse({ status: "late" }).success).toBe(false);
  });
});
