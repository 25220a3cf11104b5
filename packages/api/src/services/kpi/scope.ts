import type { Prisma, PrismaClient, Role } from "@tally/db";
import { KPI_ACTIONS, canOnKpi, grantsFor, teamsDecide, type ActorScope, type Grant, type KpiAction, type KpiScope } from "@tally/domain";
import { domainError, notFound, type DomainError } from "../errors";
import type { Actor, IntegrationActor } from "../actor";

type Reader = Pick<PrismaClient, "teamMembership" | "kpi">;

/**
 * The teams the member belongs to, with their kind and the lead flag: what KPI grants are judged by. Given the
 * member's role and the actions the scope will judge, a role whose grants for them never read teams (an admin,
 * an executive) skips the query: its verdicts are the same without them.
 */
export async function loadActorScope(
  db: Pick<PrismaClient, "teamMembership">,
  orgId: string,
  membershipId: string,
  judges?: { role: Role; actions: readonly KpiAction[] },
): Promise<ActorScope> {
  if (judges && !teamsDecide(judges.role, judges.actions)) return { membershipId, teams: [] };
  const rows = await db.teamMembership.findMany({
    where: { orgId, membershipId },
    select: { teamId: true, isLead: true, team: { select: { kind: true } } },
  });
  return { membershipId, teams: rows.map((row) => ({ teamId: row.teamId, kind: row.team.kind, isLead: row.isLead })) };
}

function teamIds(actor: ActorScope, pick: (team: ActorScope["teams"][number]) => boolean): string[] {
  return actor.teams.filter(pick).map((team) => team.teamId);
}

function grantWhere(grant: Grant, actor: ActorScope): Prisma.KpiWhereInput | "all" | null {
  switch (grant) {
    case "any":
    case "read":
      return "all";
    case "own":
      return { ownerMembershipId: actor.membershipId };
    case "contributor":
      return { contributors: { some: { membershipId: actor.membershipId } } };
    case "orgVisible":
      return { visibility: "organization" };
    case "employeeCategory":
      return { category: "employee" };
    case "memberTeams":
      return { team: { teamId: { in: teamIds(actor, () => true) } } };
    case "memberProjects":
      return { team: { teamId: { in: teamIds(actor, (team) => team.kind === "project") } } };
    case "ledDepartments":
      return { team: { teamId: { in: teamIds(actor, (team) => team.kind === "department" && team.isLead) } } };
    case "ledProjects":
      return { team: { teamId: { in: teamIds(actor, (team) => team.kind === "project" && team.isLead) } } };
    // Grants on reviews and actions themselves reach no KPI.
    case "participant":
    case "assignee":
      return null;
  }
}

/**
 * The permission matrix's grants for `action` as a where-clause, so a list never loads a KPI the member may
 * not see: the same grants `canOnKpi` judges one KPI by.
 */
export function kpiAccessWhere(role: Role, action: KpiAction, actor: ActorScope): Prisma.KpiWhereInput {
  const clauses = grantsFor(role, action).map((grant) => grantWhere(grant, actor));
  if (clauses.includes("all")) return {};
  const filters = clauses.filter((clause): clause is Prisma.KpiWhereInput => clause !== null && clause !== "all");
  return filters.length ? { OR: filters } : { id: { in: [] } };
}

export const kpiScopeSelect = {
  id: true,
  ownerMembershipId: true,
  category: true,
  visibility: true,
  contributors: { select: { membershipId: true } },
  team: { select: { teamId: true, team: { select: { kind: true } } } },
} as const;

export function toKpiScope(row: {
  ownerMembershipId: string;
  category: KpiScope["category"];
  visibility: KpiScope["visibility"];
  contributors: { membershipId: string }[];
  team: { teamId: string; team: { kind: "department" | "project" } } | null;
}): KpiScope {
  return {
    ownerMembershipId: row.ownerMembershipId,
    category: row.category,
    visibility: row.visibility,
    contributorMembershipIds: row.contributors.map((c) => c.membershipId),
    teamId: row.team?.teamId ?? null,
    teamKind: row.team?.team.kind ?? null,
  };
}

export interface KpiAccess {
  actor: ActorScope;
  scope: KpiScope;
}

/**
 * Loads a KPI's scope and checks `action` on it. A KPI the member may not even see is NOT_FOUND, exactly like
 * one that does not exist; one they see but may not act on is FORBIDDEN.
 */
export async function authorizeKpi(
  db: Reader,
  orgId: string,
  member: { membershipId: string; role: Role },
  kpiId: string,
  action: KpiAction,
): Promise<KpiAccess> {
  const [row, actor] = await Promise.all([
    db.kpi.findUnique({ where: { orgId_id: { orgId, id: kpiId } }, select: kpiScopeSelect }),
    // The scope is handed back to callers who judge other actions with it.
    loadActorScope(db, orgId, member.membershipId, { role: member.role, actions: KPI_ACTIONS }),
  ]);
  return judgeKpi(member.role, action, actor, row ? toKpiScope(row) : null);
}

/**
 * `authorizeKpi`'s verdict on a KPI and member already loaded (for a reader that loads them beside the data it
 * shows): their access, or the NOT_FOUND or FORBIDDEN error.
 */
export function judgeKpi(role: Role, action: KpiAction, actor: ActorScope, scope: KpiScope | null): KpiAccess {
  const refusal = refusalOn(role, action, actor, scope);
  if (refusal || !scope) throw refusal ?? notFound("This KPI");
  return { actor, scope };
}

/** Why a member may not act on a KPI (NOT_FOUND when they may not even see it, or it is missing), or null. */
function refusalOn(role: Role, action: KpiAction, actor: ActorScope, scope: KpiScope | null): DomainError | null {
  if (!scope || !canOnKpi(role, "kpi.view", actor, scope)) return notFound("This KPI");
  if (action !== "kpi.view" && !canOnKpi(role, action, actor, scope)) return domainError("forbidden", FORBIDDEN_MESSAGES[action]);
  return null;
}

const FORBIDDEN_MESSAGES: Record<KpiAction, string> = {
  "kpi.view": "You cannot see this KPI.",
  "kpi.create": "Your role cannot create this KPI here.",
  "kpi.update": "Your role cannot change this KPI. Its owner, an admin or the lead of its team can.",
  "checkin.record": "You cannot record values for this KPI. Ask its owner to add you as a contributor.",
  "review.create": "Your role cannot review this KPI.",
  "action.view": "You cannot see the actions of this KPI.",
  "action.manage": "Your role cannot add or change actions on this KPI. Its owner, an admin or the lead of its team can.",
  "action.updateStatus": "You cannot change the status of this action.",
};

type ValueAction = "kpi.view" | "checkin.record";

function integrationWhere(actor: IntegrationActor, action: ValueAction): Prisma.KpiWhereInput {
  if (action === "checkin.record" && actor.scope !== "read_write") return { id: { in: [] } };
  return actor.teamId ? { team: { teamId: actor.teamId } } : {};
}

/**
 * The KPIs an actor may see or record, as a where-clause: a member by the permission matrix, a key by its scope
 * and team. Imports, exports and the REST API judge KPIs by this, so both doors keep the same rules.
 */
export async function kpiWhereFor(db: Pick<PrismaClient, "teamMembership">, actor: Actor, action: ValueAction): Promise<Prisma.KpiWhereInput> {
  if (actor.kind === "integration") return integrationWhere(actor, action);
  return kpiAccessWhere(actor.role, action, await loadActorScope(db, actor.orgId, actor.membershipId, { role: actor.role, actions: [action] }));
}

/**
 * One KPI checked for an actor: NOT_FOUND when it may not see it (or it does not exist), FORBIDDEN when it sees
 * it but may not record.
 */
export async function authorizeKpiFor(db: Reader, actor: Actor, kpiId: string, action: ValueAction): Promise<void> {
  const refusal = await firstKpiRefusal(db, actor, [kpiId], action);
  if (refusal) throw refusal.error;
}

/** The first of several KPIs an actor may not act on, with the error `authorizeKpiFor` would throw for it. */
export interface KpiRefusal {
  kpiId: string;
  error: DomainError;
}

/**
 * `authorizeKpiFor` for many KPIs in two statements, whatever their number: the first KPI (in the order given)
 * that would be refused, or null when every one is allowed.
 */
export async function firstKpiRefusal(db: Reader, actor: Actor, kpiIds: readonly string[], action: ValueAction): Promise<KpiRefusal | null> {
  if (actor.kind === "integration") {
    const visible = await db.kpi.findMany({ where: { AND: [{ orgId: actor.orgId, id: { in: [...kpiIds] } }, integrationWhere(actor, "kpi.view")] }, select: { id: true } });
    const found = new Set(visible.map((row) => row.id));
    const hidden = kpiIds.find((kpiId) => !found.has(kpiId));
    if (hidden !== undefined) return { kpiId: hidden, error: notFound("This KPI") };
    if (action === "checkin.record" && actor.scope !== "read_write" && kpiIds.length) {
      return { kpiId: kpiIds[0]!, error: domainError("forbidden", "This API key may only read. Create a read-write key to record values.") };
    }
    return null;
  }
  const [rows, scope] = await Promise.all([
    db.kpi.findMany({ where: { orgId: actor.orgId, id: { in: [...kpiIds] } }, select: kpiScopeSelect }),
    loadActorScope(db, actor.orgId, actor.membershipId, { role: actor.role, actions: ["kpi.view", action] }),
  ]);
  const byId = new Map(rows.map((row) => [row.id, toKpiScope(row)]));
  for (const kpiId of kpiIds) {
    const error = refusalOn(actor.role, action, scope, byId.get(kpiId) ?? null);
    if (error) return { kpiId, error };
  }
  return null;
}
