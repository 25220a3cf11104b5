import { describe, expect, it } from "vitest";
import { objectiveIdSchema, objectiveSchema, updateObjectiveSchema } from "./objective-schemas";

const valid = { name: " Grow recurring revenue 20% ", ownerMembershipId: "m1" };

function issuesOf(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("objectiveSchema", () => {
  it("accepts an objective and fills the defaults", () => {
    expect(objectiveSchema.parse(valid)).toEqual({
      name: "Grow recurring revenue 20%",
      description: "",
      ownerMembershipId: "m1",
      dueDate: null,
    });
    expect(objectiveSchema.parse({ ...valid, dueDate: "2026-12-31" }).dueDate).toBe("2026-12-31");
  });

  it.each([
    [{ name: "ab" }, "name", "Use at least 3 characters."],
    [{ description: "x".repeat(5001) }, "description", "Use at most 5,000 characters."],
    [{ ownerMembershipId: "" }, "ownerMembershipId", "Choose an owner."],
    [{ dueDate: "31/12/2026" }, "dueDate", "Enter a date like 2026-03-12."],
  ])("refuses %o at its field", (change, path, message) => {
    expect(issuesOf(objectiveSchema.safeParse({ ...valid, ...change }))).toEqual([{ path, message }]);
  });

  it("refuses unknown keys", () => {
    expect(objectiveSchema.safeParse({ ...valid, orgId: "x" }).error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});

describe("the schemas that name an objective", () => {
  it("need their ids", () => {
    expect(updateObjectiveSchema.safeParse({ ...valid, objectiveId: "o1" }).success).toBe(true);
    expect(issuesOf(updateObjectiveSchema.safeParse(valid))?.map((issue) => issue.path)).toEqual(["objectiveId"]);
    expect(objectiveIdSchema.parse({ objectiveId: "o1" })).toEqual({ objectiveId: "o1" });
  });
});
