import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../auth/roles";
import { canManageTeamMembers, type ActorTeam, type TeamRef } from "./member-access";

// The actor belongs to one team of each kind and leads one team of each kind, so every grant has a
// team that only it can reach.
const actorTeams: ActorTeam[] = [
  { teamId: "finance", kind: "department", isLead: true },
  { teamId: "sales", kind: "department", isLead: false },
  { teamId: "migration", kind: "project", isLead: true },
  { teamId: "website", kind: "project", isLead: false },
];

const TEAMS = {
  ledDepartment: { id: "finance", kind: "department" },
  memberDepartment: { id: "sales", kind: "department" },
  otherDepartment: { id: "people", kind: "department" },
  ledProject: { id: "migration", kind: "project" },
  memberProject: { id: "website", kind: "project" },
  otherProject: { id: "launch", kind: "project" },
} satisfies Record<string, TeamRef>;

type TeamName = keyof typeof TEAMS;
const ALL = Object.keys(TEAMS) as TeamName[];

const REACHABLE: Record<Role, TeamName[]> = {
  admin: ALL,
  executive: [],
  manager: ["ledDepartment"],
  hr: [],
  project_lead: ["ledProject"],
  viewer: [],
};

const cases = ROLES.flatMap((role) => ALL.map((name) => ({ role, name, expected: REACHABLE[role].includes(name) })));

describe("canManageTeamMembers over every role and kind of team", () => {
  it("checks 6 roles × 6 teams", () => {
    expect(cases).toHaveLength(6 * 6);
  });

  it.each(cases)("$role on the $name team → $expected", ({ role, name, expected }) => {
    expect(canManageTeamMembers(role, actorTeams, TEAMS[name])).toBe(expected);
  });
});

describe("canManageTeamMembers in situations people run into", () => {
  it("lets an admin manage a team they do not belong to", () => {
    expect(canManageTeamMembers("admin", [], TEAMS.otherProject)).toBe(true);
  });

  it("refuses a manager who leads only a project, even that project", () => {
    const teams: ActorTeam[] = [{ teamId: "migration", kind: "project", isLead: true }];
    expect(canManageTeamMembers("manager", teams, TEAMS.ledProject)).toBe(false);
  });

  it("refuses a project lead who leads only a department, even that department", () => {
    const teams: ActorTeam[] = [{ teamId: "finance", kind: "department", isLead: true }];
    expect(canManageTeamMembers("project_lead", teams, TEAMS.ledDepartment)).toBe(false);
  });

  it("refuses a lead whose record of the team's kind disagrees with the team", () => {
    const stale: ActorTeam[] = [{ teamId: "finance", kind: "project", isLead: true }];
    expect(canManageTeamMembers("manager", stale, TEAMS.ledDepartment)).toBe(false);
    expect(canManageTeamMembers("project_lead", stale, { id: "finance", kind: "project" })).toBe(true);
  });

  it("refuses every non-admin role with no teams at all", () => {
    for (const role of ROLES.filter((r) => r !== "admin")) {
      for (const name of ALL) expect(canManageTeamMembers(role, [], TEAMS[name])).toBe(false);
    }
  });
});
