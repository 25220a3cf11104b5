import { describe, expect, it } from "vitest";
import {
  createTeamSchema,
  deleteTeamSchema,
  renameTeamSchema,
  setTeamLeadSchema,
  teamMemberSchema,
  teamNameSchema,
} from "./schemas";

function messages(result: { error?: { issues: { message: string }[] } }): string[] | undefined {
  return result.error?.issues.map((issue) => issue.message);
}

describe("teamNameSchema", () => {
  it("trims", () => {
    expect(teamNameSchema.parse("  Sales  ")).toBe("Sales");
  });

  it.each([
    ["", "Use at least 2 characters."],
    ["  A  ", "Use at least 2 characters."],
    ["x".repeat(61), "Use at most 60 characters."],
  ])("refuses %j", (name, message) => {
    expect(messages(teamNameSchema.safeParse(name))).toEqual([message]);
  });

  it("accepts 2 and 60 characters", () => {
    expect(teamNameSchema.safeParse("HR").success).toBe(true);
    expect(teamNameSchema.safeParse("x".repeat(60)).success).toBe(true);
  });
});

describe("createTeamSchema", () => {
  it("accepts a department and a project", () => {
    expect(createTeamSchema.parse({ name: " Finance ", kind: "department" })).toEqual({ name: "Finance", kind: "department" });
    expect(createTeamSchema.parse({ name: "Migration", kind: "project" })).toEqual({ name: "Migration", kind: "project" });
  });

  it("refuses a kind that is neither", () => {
    expect(messages(createTeamSchema.safeParse({ name: "Guild", kind: "guild" }))).toEqual(["Choose department or project."]);
  });

  it("rejects unknown keys", () => {
    const result = createTeamSchema.safeParse({ name: "Finance", kind: "department", orgId: "elsewhere" });
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});

describe("the schemas that name a team", () => {
  const valid = {
    rename: [renameTeamSchema, { teamId: "t1", name: "Sales" }],
    delete: [deleteTeamSchema, { teamId: "t1" }],
    setLead: [setTeamLeadSchema, { teamId: "t1", membershipId: "m1", isLead: true }],
    member: [teamMemberSchema, { teamId: "t1", membershipId: "m1" }],
  } as const;

  it.each(Object.entries(valid))("%s accepts a valid input and refuses an extra key", (_name, [schema, input]) => {
    expect(schema.safeParse(input).success).toBe(true);
    expect(schema.safeParse({ ...input, orgId: "elsewhere" }).error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it.each(Object.entries(valid))("%s refuses an empty team id", (_name, [schema, input]) => {
    expect(schema.safeParse({ ...input, teamId: "" }).success).toBe(false);
  });

  it("setLead needs a boolean, not a string", () => {
    expect(setTeamLeadSchema.safeParse({ teamId: "t1", membershipId: "m1", isLead: "true" }).success).toBe(false);
  });

  it("rename trims the new name like create", () => {
    expect(renameTeamSchema.parse({ teamId: "t1", name: "  Sales ops " }).name).toBe("Sales ops");
  });
});
