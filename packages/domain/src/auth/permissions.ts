import type { Role } from "./roles";

export const ACTIONS = [
  "org.view",
  "org.update",
  "member.list",
  "member.invite",
  // Changing roles, deactivating and reactivating members.
  "member.update",
  "member.leave",
  "audit.view",
  "team.list",
  // Creating, renaming and deleting teams and choosing their leads.
  "team.manage",
  "team.manageMembers",
  "objective.view",
  "objective.create",
  "objective.update",
  "kpi.view",
  "kpi.create",
  // Editing and archiving.
  "kpi.update",
  "checkin.record",
  "apiKey.manage",
  "webhook.manage",
  // Starting and running a review: agenda, decisions, adjustments, closing. Grants apply to the KPIs reviewed.
  "review.create",
  "review.view",
  // Notes in a review one takes part in.
  "review.note",
  "action.view",
  // Creating corrective actions and editing them; grants apply to the KPIs an action is linked to.
  "action.manage",
  // Marking an action done or dropped.
  "action.updateStatus",
] as const;

export type Action = (typeof ACTIONS)[number];

/**
 * What a role may reach with an action. A role's grants for an action are alternatives: any one
 * that matches is enough.
 *
 * - any: everything in the organization.
 * - read: look without changing (the executive's view of org settings).
 * - own: KPIs the member owns.
 * - contributor: KPIs that name the member as a contributor.
 * - orgVisible: KPIs whose visibility is "organization".
 * - memberTeams: things of any team the member belongs to, as lead or not.
 * - ledDepartments / ledProjects: things of a department / project team the member leads.
 * - memberProjects: things of a project team the member belongs to.
 * - employeeCategory: KPIs of the category "employee", in any team.
 * - participant: reviews the member takes part in (invited or started).
 * - assignee: actions the member owns.
 */
export type Grant =
  | "any"
  | "read"
  | "own"
  | "contributor"
  | "orgVisible"
  | "memberTeams"
  | "ledDepartments"
  | "ledProjects"
  | "memberProjects"
  | "employeeCategory"
  | "participant"
  | "assignee";

/** PRODUCT.md §2 as data. An empty list means the role may not perform the action at all. */
export const PERMISSIONS: Readonly<Record<Action, Readonly<Record<Role, readonly Grant[]>>>> = {
  "org.view": {
    admin: ["any"],
    executive: ["read"],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "org.update": {
    admin: ["any"],
    executive: [],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "member.list": {
    admin: ["any"],
    executive: ["any"],
    manager: [],
    hr: ["any"],
    project_lead: [],
    viewer: [],
  },
  "member.invite": {
    admin: ["any"],
    executive: [],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "member.update": {
    admin: ["any"],
    executive: [],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "member.leave": {
    admin: ["any"],
    executive: ["any"],
    manager: ["any"],
    hr: ["any"],
    project_lead: ["any"],
    viewer: ["any"],
  },
  "audit.view": {
    admin: ["any"],
    executive: ["any"],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "team.list": {
    admin: ["any"],
    executive: ["any"],
    manager: ["any"],
    hr: ["any"],
    project_lead: ["any"],
    viewer: ["any"],
  },
  "team.manage": {
    admin: ["any"],
    executive: [],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "team.manageMembers": {
    admin: ["any"],
    executive: [],
    manager: ["ledDepartments"],
    hr: [],
    project_lead: ["ledProjects"],
    viewer: [],
  },
  "objective.view": {
    admin: ["any"],
    executive: ["any"],
    manager: ["any"],
    hr: ["any"],
    project_lead: ["any"],
    viewer: ["any"],
  },
  "objective.create": {
    admin: ["any"],
    executive: ["any"],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "objective.update": {
    admin: ["any"],
    executive: ["any"],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "kpi.view": {
    admin: ["any"],
    executive: ["any"],
    // A named contributor records values, so must see the KPI they record.
    manager: ["orgVisible", "memberTeams", "own", "contributor"],
    hr: ["orgVisible", "employeeCategory", "memberTeams", "own", "contributor"],
    project_lead: ["orgVisible", "memberProjects", "own", "contributor"],
    viewer: ["orgVisible", "memberTeams", "contributor"],
  },
  "kpi.create": {
    admin: ["any"],
    executive: ["any"],
    manager: ["memberTeams"],
    hr: ["employeeCategory"],
    project_lead: ["ledProjects"],
    viewer: [],
  },
  "kpi.update": {
    admin: ["any"],
    executive: ["own"],
    manager: ["own", "memberTeams"],
    hr: ["own", "employeeCategory"],
    project_lead: ["own", "ledProjects"],
    viewer: [],
  },
  "checkin.record": {
    admin: ["any"],
    executive: ["own", "contributor"],
    manager: ["own", "memberTeams", "contributor"],
    hr: ["own", "employeeCategory", "contributor"],
    project_lead: ["own", "ledProjects", "contributor"],
    viewer: ["contributor"],
  },
  "apiKey.manage": {
    admin: ["any"],
    executive: [],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "webhook.manage": {
    admin: ["any"],
    executive: [],
    manager: [],
    hr: [],
    project_lead: [],
    viewer: [],
  },
  "review.create": {
    admin: ["any"],
    executive: ["any"],
    manager: ["own", "memberTeams"],
    hr: ["own", "employeeCategory"],
    project_lead: ["own", "ledProjects"],
    viewer: [],
  },
  "review.view": {
    admin: ["any"],
    executive: ["any"],
    manager: ["own", "memberTeams", "participant"],
    hr: ["own", "employeeCategory", "participant"],
    project_lead: ["own", "ledProjects", "participant"],
    viewer: ["participant"],
  },
  "review.note": {
    admin: ["any"],
    executive: ["any"],
    manager: ["own", "memberTeams", "participant"],
    hr: ["own", "employeeCategory", "participant"],
    project_lead: ["own", "ledProjects", "participant"],
    viewer: ["participant"],
  },
  "action.view": {
    admin: ["any"],
    executive: ["any"],
    manager: ["orgVisible", "memberTeams", "own", "contributor", "assignee"],
    hr: ["orgVisible", "employeeCategory", "memberTeams", "own", "contributor", "assignee"],
    project_lead: ["orgVisible", "memberProjects", "own", "contributor", "assignee"],
    viewer: ["orgVisible", "memberTeams", "contributor", "assignee"],
  },
  "action.manage": {
    admin: ["any"],
    executive: ["any"],
    manager: ["own", "memberTeams"],
    hr: ["own", "employeeCategory"],
    project_lead: ["own", "ledProjects"],
    viewer: [],
  },
  "action.updateStatus": {
    admin: ["any"],
    executive: ["any"],
    manager: ["own", "memberTeams", "assignee"],
    hr: ["own", "employeeCategory", "assignee"],
    project_lead: ["own", "ledProjects", "assignee"],
    viewer: ["assignee"],
  },
};

export function grantsFor(role: Role, action: Action): readonly Grant[] {
  return PERMISSIONS[action][role];
}

/**
 * The procedure-level gate: whether the role may perform the action on anything at all.
 * Scoped grants still have to be checked against the concrete thing (see canOnKpi).
 */
export function can(role: Role, action: Action): boolean {
  return grantsFor(role, action).length > 0;
}

/** Whether the role may change something through the action, not only look. */
export function canWrite(role: Role, action: Action): boolean {
  return grantsFor(role, action).some((grant) => grant !== "read");
}

/** Every action the role holds at all, for showing only what the server would allow. */
export function permissionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => can(role, action));
}
