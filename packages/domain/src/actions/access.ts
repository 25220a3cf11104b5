import { canOnKpi, type ActorScope, type KpiScope } from "../auth/kpi-access";
import { grantsFor } from "../auth/permissions";
import type { Role } from "../auth/roles";

/** An action as its access rules see it: who owns it and the KPIs it is linked to. */
export interface ActionScope {
  ownerMembershipId: string;
  kpis: readonly KpiScope[];
}

function isAssignee(role: Role, action: "action.view" | "action.updateStatus", actor: ActorScope, scope: ActionScope): boolean {
  return grantsFor(role, action).includes("assignee") && scope.ownerMembershipId === actor.membershipId;
}

/**
 * Creating or editing an action: the member's grants must reach EVERY KPI it is linked to, so no one ties work to
 * a KPI outside their reach. An action with no KPI is no action.
 */
export function canManageAction(role: Role, actor: ActorScope, kpis: readonly KpiScope[]): boolean {
  return kpis.length > 0 && kpis.every((kpi) => canOnKpi(role, "action.manage", actor, kpi));
}

/** Marking done, dropping, reopening: whoever may manage it, or its owner when the role allows owners to. */
export function canUpdateActionStatus(role: Role, actor: ActorScope, scope: ActionScope): boolean {
  if (isAssignee(role, "action.updateStatus", actor, scope)) return true;
  return scope.kpis.length > 0 && scope.kpis.every((kpi) => canOnKpi(role, "action.updateStatus", actor, kpi));
}

/** Seeing an action: the member may see at least one of its KPIs, or owns it. */
export function canViewAction(role: Role, actor: ActorScope, scope: ActionScope): boolean {
  return isAssignee(role, "action.view", actor, scope) || scope.kpis.some((kpi) => canOnKpi(role, "action.view", actor, kpi));
}

/** Who may own an action: someone who can see every KPI it is about. */
export function canOwnAction(role: Role, owner: ActorScope, kpis: readonly KpiScope[]): boolean {
  return kpis.length > 0 && kpis.every((kpi) => canOnKpi(role, "kpi.view", owner, kpi));
}
