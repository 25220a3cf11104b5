import { describe, expect, it } from "vitest";
import { ACTIONS, PERMISSIONS, can, canWrite, grantsFor, permissionsOf } from "./permissions";
import type { Action, Grant } from "./permissions";
import { ROLES } from "./roles";
import type { Role } from "./roles";

// PRODUCT.md §2, written out again by hand. Any change to PERMISSIONS must be made here as well,
// on purpose. Columns: admin, executive, manager, hr, project_lead, viewer.
const EXPECTED: Record<string, [Grant[], Grant[], Grant[], Grant[], Grant[], Grant[]]> = {
  "org.view": [["any"], ["read"], [], [], [], []],
  "org.update": [["any"], [], [], [], [], []],
  "member.list": [["any"], ["any"], [], ["any"], [], []],
  "member.invite": [["any"], [], [], [], [], []],
  "member.update": [["any"], [], [], [], [], []],
  "member.leave": [["any"], ["any"], ["any"], ["any"], ["any"], ["any"]],
  "audit.view": [["any"], ["any"], [], [], [], []],
  "team.list": [["any"], ["any"], ["any"], ["any"], ["any"], ["any"]],
  "team.manage": [["any"], [], [], [], [], []],
  "team.manageMembers": [["any"], [], ["ledDepartments"], [], ["ledProjects"], []],
  "objective.view": [["any"], ["any"], ["any"], ["any"], ["any"], ["any"]],
  "objective.create": [["any"], ["any"], [], [], [], []],
  "objective.update": [["any"], ["any"], [], [], [], []],
  "kpi.view": [
    ["any"],
    ["any"],
    ["orgVisible", "memberTeams", "own", "contributor"],
    ["orgVisible", "employeeCategory", "memberTeams", "own", "contributor"],
    ["orgVisible", "memberProjects", "own", "contributor"],
    ["orgVisible", "memberTeams", "contributor"],
  ],
  "kpi.create": [["any"], ["any"], ["memberTeams"], ["employeeCategory"], ["ledProjects"], []],
  "kpi.update": [
    ["any"],
    ["own"],
    ["own", "memberTeams"],
    ["own", "employeeCategory"],
    ["own", "ledProjects"],
    [],
  ],
  "checkin.record": [
    ["any"],
    ["own", "contributor"],
    ["own", "memberTeams", "contributor"],
    ["own", "employeeCategory", "contributor"],
    ["own", "ledProjects", "contributor"],
    ["contributor"],
  ],
  "apiKey.manage": [["any"], [], [], [], [], []],
  "webhook.manage": [["any"], [], [], [], [], []],
  "review.create": [
    ["any"],
    ["any"],
    ["own", "memberTeams"],
    ["own", "employeeCategory"],
    ["own", "ledProjects"],
    [],
  ],
  "review.view": [
    ["any"],
    ["any"],
    ["own", "memberTeams", "participant"],
    ["own", "employeeCategory", "participant"],
    ["own", "ledProjects", "participant"],
    ["participant"],
  ],
  "review.note": [
    ["any"],
    ["any"],
    ["own", "memberTeams", "participant"],
    ["own", "employeeCategory", "participant"],
    ["own", "ledProjects", "participant"],
    ["participant"],
  ],
  "action.view": [
    ["any"],
    ["any"],
    ["orgVisible", "memberTeams", "own", "contributor", "assignee"],
    ["orgVisible", "employeeCategory", "memberTeams", "own", "contributor", "assignee"],
    ["orgVisible", "memberProjects", "own", "contributor", "assignee"],
    ["orgVisible", "memberTeams", "contributor", "assignee"],
  ],
  "action.manage": [["any"], ["any"], ["own", "memberTeams"], ["own", "employeeCategory"], ["own", "ledProjects"], []],
  "action.updateStatus": [
    ["any"],
    ["any"],
    ["own", "memberTeams", "assignee"],
    ["own", "employeeCategory", "assignee"],
    ["own", "ledProjects", "assignee"],
    ["assignee"],
  ],
};

const COLUMNS: Role[] = ["admin", "executive", "manager", "hr", "project_lead", "viewer"];

const cells = Object.entries(EXPECTED).flatMap(([action, row]) =>
  COLUMNS.map((role, column) => ({ action: action as Action, role, expected: row[column] ?? [] })),
);

describe("the permission matrix", () => {
  it("covers exactly the expected actions and roles", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...ROLES].sort()).toEqual([...COLUMNS].sort());
    for (const action of ACTIONS) {
      expect(Object.keys(PERMISSIONS[action]).sort()).toEqual([...COLUMNS].sort());
    }
  });

  it("has a cell for every role and action", () => {
    expect(cells).toHaveLength(ROLES.length * ACTIONS.length);
  });

  it.each(cells)("$role on $action is granted $expected", ({ role, action, expected }) => {
    expect([...grantsFor(role, action)].sort()).toEqual([...expected].sort());
    expect(can(role, action)).toBe(expected.length > 0);
    expect(canWrite(role, action)).toBe(expected.some((grant) => grant !== "read"));
  });
});

describe("can and canWrite", () => {
  it("lets an executive see org settings without changing them", () => {
    expect(can("executive", "org.view")).toBe(true);
    expect(canWrite("executive", "org.view")).toBe(false);
    expect(can("executive", "org.update")).toBe(false);
  });

  it("treats a scoped grant as passing the procedure gate", () => {
    expect(can("viewer", "checkin.record")).toBe(true);
    expect(canWrite("viewer", "checkin.record")).toBe(true);
    expect(can("viewer", "kpi.update")).toBe(false);
  });
});

describe("permissionsOf", () => {
  it("lists exactly the actions each role holds, in matrix order", () => {
    for (const role of ROLES) {
      expect(permissionsOf(role)).toEqual(ACTIONS.filter((action) => PERMISSIONS[action][role].length > 0));
    }
    expect(permissionsOf("viewer")).not.toContain("org.view");
    expect(permissionsOf("executive")).toContain("audit.view");
  });
});
