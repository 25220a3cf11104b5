import { describe, expect, it } from "vitest";
import { canOnKpi, teamsDecide } from "./kpi-access";
import type { ActorScope, KpiAction, KpiScope } from "./kpi-access";
import type { Role } from "./roles";

const ME = "membership-me";
const SOMEONE_ELSE = "membership-other";

// The actor belongs to one team of each kind and leads one team of each kind, so every team grant
// has a KPI that only it can reach.
const actor: ActorScope = {
  membershipId: ME,
  teams: [
    { teamId: "sales-department", kind: "department", isLead: false },
    { teamId: "finance-department", kind: "department", isLead: true },
    { teamId: "website-project", kind: "project", isLead: false },
    { teamId: "migration-project", kind: "project", isLead: true },
  ],
};

function kpi(overrides: Partial<KpiScope>): KpiScope {
  return {
    ownerMembershipId: SOMEONE_ELSE,
    contributorMembershipIds: [],
    category: "financial",
    visibility: "restricted",
    teamId: null,
    teamKind: null,
    ...overrides,
  };
}

// Each KPI is reachable through exactly one kind of grant (besides "any").
const KPIS = {
  own: kpi({ ownerMembershipId: ME }),
  contributor: kpi({ contributorMembershipIds: ["membership-third", ME] }),
  orgVisible: kpi({ visibility: "organization" }),
  memberDepartment: kpi({ teamId: "sales-department", teamKind: "department" }),
  ledDepartment: kpi({ teamId: "finance-department", teamKind: "department" }),
  memberProject: kpi({ teamId: "website-project", teamKind: "project" }),
  ledProject: kpi({ teamId: "migration-project", teamKind: "project" }),
  employeeElsewhere: kpi({ category: "employee", teamId: "people-department", teamKind: "department" }),
  stranger: kpi({ teamId: "people-department", teamKind: "department" }),
} satisfies Record<string, KpiScope>;

type KpiName = keyof typeof KPIS;

const ALL = Object.keys(KPIS) as KpiName[];
const ALL_TEAMS: KpiName[] = ["memberDepartment", "ledDepartment", "memberProject", "ledProject"];

// Which of the KPIs above each role may reach with each action; every other one is refused.
const REACHABLE: Record<KpiAction, Record<Role, KpiName[]>> = {
  "kpi.view": {
    admin: ALL,
    executive: ALL,
    manager: ["own", "contributor", "orgVisible", ...ALL_TEAMS],
    hr: ["own", "contributor", "orgVisible", ...ALL_TEAMS, "employeeElsewhere"],
    project_lead: ["own", "contributor", "orgVisible", "memberProject", "ledProject"],
    viewer: ["contributor", "orgVisible", ...ALL_TEAMS],
  },
  "kpi.create": {
    admin: ALL,
    executive: ALL,
    manager: ALL_TEAMS,
    hr: ["employeeElsewhere"],
    project_lead: ["ledProject"],
    viewer: [],
  },
  "kpi.update": {
    admin: ALL,
    executive: ["own"],
    manager: ["own", ...ALL_TEAMS],
    hr: ["own", "employeeElsewhere"],
    project_lead: ["own", "ledProject"],
    viewer: [],
  },
  "checkin.record": {
    admin: ALL,
    executive: ["own", "contributor"],
    manager: ["own", "contributor", ...ALL_TEAMS],
    hr: ["own", "contributor", "employeeElsewhere"],
    project_lead: ["own", "contributor", "ledProject"],
    viewer: ["contributor"],
  },
  "review.create": {
    admin: ALL,
    executive: ALL,
    manager: ["own", ...ALL_TEAMS],
    hr: ["own", "employeeElsewhere"],
    project_lead: ["own", "ledProject"],
    viewer: [],
  },
  // An action's assignee grant belongs to the action, never to a KPI.
  "action.view": {
    admin: ALL,
    executive: ALL,
    manager: ["own", "contributor", "orgVisible", ...ALL_TEAMS],
    hr: ["own", "contributor", "orgVisible", ...ALL_TEAMS, "employeeElsewhere"],
    project_lead: ["own", "contributor", "orgVisible", "memberProject", "ledProject"],
    viewer: ["contributor", "orgVisible", ...ALL_TEAMS],
  },
  "action.manage": {
    admin: ALL,
    executive: ALL,
    manager: ["own", ...ALL_TEAMS],
    hr: ["own", "employeeElsewhere"],
    project_lead: ["own", "ledProject"],
    viewer: [],
  },
  "action.updateStatus": {
    admin: ALL,
    executive: ALL,
    manager: ["own", ...ALL_TEAMS],
    hr: ["own", "employeeElsewhere"],
    project_lead: ["own", "ledProject"],
    viewer: [],
  },
};

const cases = Object.entries(REACHABLE).flatMap(([action, byRole]) =>
  Object.entries(byRole).flatMap(([role, reachable]) =>
    ALL.map((name) => ({
      action: action as KpiAction,
      role: role as Role,
      name,
      expected: reachable.includes(name),
    })),
  ),
);

describe("canOnKpi over every role, action and kind of KPI", () => {
  it("checks 6 roles × 8 actions × 9 KPIs", () => {
    expect(cases).toHaveLength(6 * 8 * 9);
  });

  it.each(cases)("$role $action on the $name KPI → $expected", ({ role, action, name, expected }) => {
    expect(canOnKpi(role, action, actor, KPIS[name])).toBe(expected);
  });
});

describe("canOnKpi in situations people run into", () => {
  const loneActor: ActorScope = { membershipId: ME, teams: [] };

  it("hides a restricted KPI of another team from a manager", () => {
    expect(canOnKpi("manager", "kpi.view", actor, KPIS.stranger)).toBe(false);
    expect(canOnKpi("manager", "kpi.view", actor, { ...KPIS.stranger, visibility: "organization" })).toBe(true);
  });

  it("shows HR a restricted employee KPI but not a restricted financial one", () => {
    const employee = kpi({ category: "employee", teamId: "people-department", teamKind: "department" });
    const financial = kpi({ category: "financial", teamId: "people-department", teamKind: "department" });
    expect(canOnKpi("hr", "kpi.view", loneActor, employee)).toBe(true);
    expect(canOnKpi("hr", "kpi.update", loneActor, employee)).toBe(true);
    expect(canOnKpi("hr", "kpi.view", loneActor, financial)).toBe(false);
    expect(canOnKpi("hr", "kpi.update", loneActor, financial)).toBe(false);
  });

  it("lets HR create employee KPIs in any team and nothing else", () => {
    expect(canOnKpi("hr", "kpi.create", loneActor, kpi({ category: "employee" }))).toBe(true);
    expect(canOnKpi("hr", "kpi.create", loneActor, kpi({ category: "sales", ownerMembershipId: ME }))).toBe(false);
  });

  it("lets a contributing viewer record values but not edit the KPI", () => {
    const contributed = kpi({ contributorMembershipIds: [ME], visibility: "organization" });
    expect(canOnKpi("viewer", "checkin.record", loneActor, contributed)).toBe(true);
    expect(canOnKpi("viewer", "kpi.view", loneActor, contributed)).toBe(true);
    expect(canOnKpi("viewer", "kpi.update", loneActor, contributed)).toBe(false);
    expect(canOnKpi("viewer", "checkin.record", loneActor, { ...contributed, contributorMembershipIds: [] })).toBe(false);
  });

  it("lets a project lead who is only a member of a project see its KPIs but not edit them", () => {
    expect(canOnKpi("project_lead", "kpi.view", actor, KPIS.memberProject)).toBe(true);
    expect(canOnKpi("project_lead", "kpi.update", actor, KPIS.memberProject)).toBe(false);
    expect(canOnKpi("project_lead", "checkin.record", actor, KPIS.memberProject)).toBe(false);
    expect(canOnKpi("project_lead", "kpi.create", actor, KPIS.memberProject)).toBe(false);
  });

  it("does not let a project lead reach department KPIs through leading a department", () => {
    expect(canOnKpi("project_lead", "kpi.view", actor, KPIS.ledDepartment)).toBe(false);
    expect(canOnKpi("project_lead", "kpi.update", actor, KPIS.ledDepartment)).toBe(false);
  });

  it("lets an executive edit only own KPIs although they see all", () => {
    expect(canOnKpi("executive", "kpi.view", loneActor, KPIS.stranger)).toBe(true);
    expect(canOnKpi("executive", "kpi.update", loneActor, KPIS.stranger)).toBe(false);
    expect(canOnKpi("executive", "kpi.update", loneActor, KPIS.own)).toBe(true);
  });

  it("does not let a manager create a KPI outside any team", () => {
    expect(canOnKpi("manager", "kpi.create", actor, kpi({ ownerMembershipId: ME }))).toBe(false);
  });

  it("matches a team only when both sides agree on its kind", () => {
    const mislabelled = kpi({ teamId: "migration-project", teamKind: "department" });
    expect(canOnKpi("project_lead", "kpi.update", actor, mislabelled)).toBe(false);
    expect(canOnKpi("manager", "kpi.view", actor, mislabelled)).toBe(false);
  });

  it("does not treat a KPI without a team as belonging to the actor's teams", () => {
    const noTeam = kpi({ teamId: null, teamKind: null });
    expect(canOnKpi("manager", "kpi.view", actor, noTeam)).toBe(false);
    expect(canOnKpi("viewer", "kpi.view", actor, noTeam)).toBe(false);
  });
});

describe("teamsDecide: when a member's teams need not be loaded", () => {
  const withoutTeams: ActorScope = { membershipId: ME, teams: [] };
  const actions = Object.keys(REACHABLE) as KpiAction[];
  const roles = Object.keys(REACHABLE["kpi.view"]) as Role[];

  it.each(roles.flatMap((role) => actions.map((action) => ({ role, action }))))(
    "$role $action: every verdict is the same without teams when the teams do not decide",
    ({ role, action }) => {
      const differs = ALL.filter((name) => canOnKpi(role, action, actor, KPIS[name]) !== canOnKpi(role, action, withoutTeams, KPIS[name]));
      if (!teamsDecide(role, [action])) expect(differs).toEqual([]);
    },
  );

  it("says the teams decide wherever dropping them changes a verdict, so it is not a blanket yes", () => {
    const decided = roles.flatMap((role) => actions.filter((action) => teamsDecide(role, [action])).map((action) => ({ role, action })));
    expect(decided.length).toBeGreaterThan(0);
    for (const { role, action } of decided) {
      expect(ALL.some((name) => canOnKpi(role, action, actor, KPIS[name]) !== canOnKpi(role, action, withoutTeams, KPIS[name]))).toBe(true);
    }
  });

  it("needs no teams for the roles that see every KPI, and needs them for those who see their teams' KPIs", () => {
    expect(teamsDecide("admin", ["kpi.view"])).toBe(false);
    expect(teamsDecide("executive", ["kpi.view"])).toBe(false);
    expect(teamsDecide("manager", ["kpi.view"])).toBe(true);
    expect(teamsDecide("viewer", ["kpi.view"])).toBe(true);
    expect(teamsDecide("executive", ["kpi.view", "kpi.update"])).toBe(false);
    expect(teamsDecide("hr", ["kpi.view", "kpi.create"])).toBe(true);
    expect(teamsDecide("admin", [])).toBe(false);
  });
});
