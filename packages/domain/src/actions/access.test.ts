import { describe, expect, it } from "vitest";
import type { ActorScope, KpiScope } from "../auth/kpi-access";
import { ROLES, type Role } from "../auth/roles";
import { canManageAction, canOwnAction, canUpdateActionStatus, canViewAction } from "./access";

const ME = "membership-me";
const OTHER = "membership-other";

const actor: ActorScope = {
  membershipId: ME,
  teams: [
    { teamId: "sales", kind: "department", isLead: false },
    { teamId: "migration", kind: "project", isLead: true },
  ],
};

function kpi(overrides: Partial<KpiScope>): KpiScope {
  return { ownerMembershipId: OTHER, contributorMembershipIds: [], category: "financial", visibility: "restricted", teamId: null, teamKind: null, ...overrides };
}

const KPIS = {
  own: kpi({ ownerMembershipId: ME }),
  salesTeam: kpi({ teamId: "sales", teamKind: "department" }),
  ledProject: kpi({ teamId: "migration", teamKind: "project" }),
  employee: kpi({ category: "employee", teamId: "people", teamKind: "department" }),
  orgVisible: kpi({ visibility: "organization" }),
  stranger: kpi({ teamId: "people", teamKind: "department" }),
} satisfies Record<string, KpiScope>;
type KpiName = keyof typeof KPIS;
const NAMES = Object.keys(KPIS) as KpiName[];

// Which single KPIs each role may tie an action to (and change its status through its KPI grants).
const MANAGEABLE: Record<Role, KpiName[]> = {
  admin: NAMES,
  executive: NAMES,
  // A manager's "their teams" is every team they belong to, projects included.
  manager: ["own", "salesTeam", "ledProject"],
  hr: ["own", "employee"],
  project_lead: ["own", "ledProject"],
  viewer: [],
};

// Which single KPIs let each role see an action linked to them.
const VISIBLE: Record<Role, KpiName[]> = {
  admin: NAMES,
  executive: NAMES,
  manager: ["own", "salesTeam", "ledProject", "orgVisible"],
  hr: ["own", "salesTeam", "ledProject", "employee", "orgVisible"],
  project_lead: ["own", "ledProject", "orgVisible"],
  viewer: ["salesTeam", "ledProject", "orgVisible"],
};

const single = ROLES.flatMap((role) => NAMES.map((name) => ({ role, name, manage: MANAGEABLE[role].includes(name), view: VISIBLE[role].includes(name) })));

describe("an action on one KPI, owned by someone else, for every role and kind of KPI", () => {
  it("checks 6 roles × 6 KPIs", () => {
    expect(single).toHaveLength(36);
  });

  it.each(single)("$role on $name: manage $manage, view $view", ({ role, name, manage, view }) => {
    const scope = { ownerMembershipId: OTHER, kpis: [KPIS[name]] };
    expect(canManageAction(role, actor, scope.kpis)).toBe(manage);
    expect(canUpdateActionStatus(role, actor, scope)).toBe(manage);
    expect(canViewAction(role, actor, scope)).toBe(view);
  });
});

describe("an action owned by the member", () => {
  it.each(ROLES)("%s may see it and change its status, whatever its KPI", (role) => {
    const scope = { ownerMembershipId: ME, kpis: [KPIS.stranger] };
    expect(canViewAction(role, actor, scope)).toBe(true);
    expect(canUpdateActionStatus(role, actor, scope)).toBe(true);
  });

  it.each(ROLES)("%s may edit it only through the KPI grants", (role) => {
    expect(canManageAction(role, actor, [KPIS.stranger])).toBe(role === "admin" || role === "executive");
  });
});

describe("an action on several KPIs", () => {
  it("is managed only when the member reaches every KPI", () => {
    expect(canManageAction("manager", actor, [KPIS.own, KPIS.salesTeam])).toBe(true);
    expect(canManageAction("manager", actor, [KPIS.own, KPIS.stranger])).toBe(false);
    expect(canUpdateActionStatus("manager", actor, { ownerMembershipId: OTHER, kpis: [KPIS.own, KPIS.stranger] })).toBe(false);
  });

  it("is seen when the member sees any one of them", () => {
    expect(canViewAction("viewer", actor, { ownerMembershipId: OTHER, kpis: [KPIS.stranger, KPIS.orgVisible] })).toBe(true);
    expect(canViewAction("viewer", actor, { ownerMembershipId: OTHER, kpis: [KPIS.stranger, KPIS.own] })).toBe(false);
  });

  it("is refused with no KPI at all", () => {
    expect(canManageAction("admin", actor, [])).toBe(false);
    expect(canUpdateActionStatus("admin", actor, { ownerMembershipId: OTHER, kpis: [] })).toBe(false);
    expect(canViewAction("admin", actor, { ownerMembershipId: OTHER, kpis: [] })).toBe(false);
    expect(canOwnAction("admin", actor, [])).toBe(false);
  });
});

describe("canOwnAction", () => {
  it("asks that the owner sees every KPI", () => {
    expect(canOwnAction("viewer", actor, [KPIS.orgVisible, KPIS.salesTeam])).toBe(true);
    expect(canOwnAction("viewer", actor, [KPIS.orgVisible, KPIS.own])).toBe(false);
    expect(canOwnAction("manager", actor, [KPIS.own, KPIS.stranger])).toBe(false);
    expect(canOwnAction("executive", actor, [KPIS.stranger])).toBe(true);
  });
});
