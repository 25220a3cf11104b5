import type { PrismaClient } from "@tally/db";
import { canManageAction } from "@tally/domain";
import type { OrgActor } from "../actor";
import { loadActorScope } from "../kpi/scope";
import { loadLinkableKpis } from "./kpi-scopes";
import { possibleOwners } from "./owners";

/**
 * What the action form offers for these KPIs: whether the member may add an action to them at all, and the people
 * who could own it (active members who see every one of them).
 */
export async function actionFormOptions(db: PrismaClient, actor: OrgActor, kpiIds: readonly string[]) {
  const scope = await loadActorScope(db, actor.orgId, actor.membershipId);
  const kpis = await loadLinkableKpis(db, actor.orgId, { role: actor.role, scope }, kpiIds);
  const canManage = canManageAction(actor.role, scope, kpis.map((kpi) => kpi.scope));
  return {
    canManage,
    kpis: kpis.map((kpi) => ({ id: kpi.id, name: kpi.name })),
    owners: canManage ? await possibleOwners(db, actor.orgId, kpis) : [],
  };
}
