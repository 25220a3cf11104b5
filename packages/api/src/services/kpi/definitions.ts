import type { Prisma, PrismaClient } from "@tally/db";
import { canOnKpi, type ActorScope, type KpiDefinitionInput, type KpiScope, type UpdateKpiInput } from "@tally/domain";
import type { DomainError} from "../errors";
import { domainError, fieldError, notFound } from "../errors";
import type { OrgActor } from "../actor";
import { recordAudit } from "../audit";
import { isUniqueViolation } from "../unique-violation";
import { dateFromIso } from "./decimal";
import { diffDefinitions, snapshotInclude, snapshotOf, type DefinitionSnapshot } from "./definition-snapshot";
import { assertFormulaHolds, assertInputKept, assertNotReadByFormulas, lockFormulaDefinitions, prepareFormula, saveFormula, type PreparedFormula } from "./formula-definition";
import { rederiveStatusChanges } from "../analysis/status-changes";
import { judgeAllCheckInsOf } from "./judge-check-ins";
import { refreshLatestOf } from "./latest";
import { assertReferences } from "./references";
import { queueKpiWebhook } from "../webhooks/kpi-events";
import { authorizeKpi, loadActorScope } from "./scope";

const NAME_TAKEN = "Another active KPI already has this name.";
const CODE_TAKEN = "Another active KPI already has this code.";

/** Another save got in between this one's check and its write. */
class StaleVersion extends Error {}

function definitionData(orgId: string, input: KpiDefinitionInput, orgCurrency: string) {
  return {
    name: input.name,
    activeName: input.name.toLowerCase(),
    code: input.code ?? null,
    activeCode: input.code ?? null,
    description: input.description,
    category: input.category,
    unit: input.unit,
    currency: input.unit === "currency" ? (input.currency ?? orgCurrency) : null,
    durationUnit: input.unit === "duration" ? (input.durationUnit ?? "hours") : null,
    decimals: input.decimals,
    direction: input.direction,
    baseline: input.baseline ?? null,
    cadence: input.cadence,
    startDate: dateFromIso(input.startDate),
    endDate: input.endDate ? dateFromIso(input.endDate) : null,
    ownerMembershipId: input.ownerMembershipId,
    visibility: input.visibility,
    benchmarkValue: input.benchmarkValue ?? null,
    benchmarkSource: input.benchmarkValue ? (input.benchmarkSource ?? null) : null,
    templateKey: input.templateKey ?? null,
    orgId,
  };
}

async function writeRelations(tx: Prisma.TransactionClient, orgId: string, kpiId: string, input: KpiDefinitionInput) {
  await Promise.all([
    tx.kpiTarget.deleteMany({ where: { orgId, kpiId } }),
    tx.kpiContributor.deleteMany({ where: { orgId, kpiId } }),
    // Links that stay keep their weight in the objective's roll-up; only links that go are deleted.
    tx.kpiObjective.deleteMany({ where: { orgId, kpiId, objectiveId: { notIn: input.objectiveIds } } }),
    tx.kpiTeam.deleteMany({ where: { orgId, kpiId } }),
  ]);
  await tx.kpiTarget.createMany({
    data: input.targets.map((entry) => ({
      orgId,
      kpiId,
      effectiveFrom: dateFromIso(entry.effectiveFrom),
      target: entry.target ?? null,
      targetMin: entry.targetMin ?? null,
      targetMax: entry.targetMax ?? null,
      warning: entry.warning ?? null,
      tolerance: entry.tolerance ?? null,
    })),
  });
  if (input.contributorMembershipIds.length) {
    await tx.kpiContributor.createMany({ data: input.contributorMembershipIds.map((membershipId) => ({ orgId, kpiId, membershipId })) });
  }
  if (input.objectiveIds.length) {
    await tx.kpiObjective.createMany({ data: input.objectiveIds.map((objectiveId) => ({ orgId, kpiId, objectiveId })), skipDuplicates: true });
  }
  if (input.teamId) await tx.kpiTeam.create({ data: { orgId, kpiId, teamId: input.teamId } });
}

const REFUSALS: Partial<Record<OrgActor["role"], { field: string; create: string; move: string }>> = {
  manager: {
    field: "teamId",
    create: "Managers create KPIs in the teams they lead or belong to. Choose one of your teams.",
    move: "Managers keep KPIs in the teams they lead or belong to. Choose one of your teams.",
  },
  project_lead: {
    field: "teamId",
    create: "Project leads create KPIs in the projects they lead. Choose one of your projects.",
    move: "Project leads keep KPIs in the projects they lead. Choose one of your projects.",
  },
  hr: { field: "category", create: "HR creates KPIs in the employee category.", move: "HR keeps KPIs in the employee category." },
};

/** PRODUCT.md §2: a KPI, new or as an edit will leave it, must be one its author could have created. */
function assertCreatable(actor: OrgActor, scope: ActorScope, kpi: KpiScope, verb: "create" | "move") {
  if (canOnKpi(actor.role, "kpi.create", scope, kpi)) return;
  const refusal = REFUSALS[actor.role];
  if (!refusal) throw fieldError("_form", verb === "create" ? "Your role cannot create KPIs." : "Your role cannot make this change.", "forbidden");
  throw fieldError(refusal.field, refusal[verb], "forbidden");
}

function scopeOfInput(input: KpiDefinitionInput, teamKind: "department" | "project" | null): KpiScope {
  return {
    ownerMembershipId: input.ownerMembershipId,
    contributorMembershipIds: [...input.contributorMembershipIds],
    category: input.category,
    visibility: input.visibility,
    teamId: input.teamId,
    teamKind,
  };
}

function sameScope(a: KpiScope, b: KpiScope): boolean {
  const people = (scope: KpiScope) => [...new Set(scope.contributorMembershipIds)].sort().join(",");
  return (
    a.ownerMembershipId === b.ownerMembershipId &&
    a.category === b.category &&
    a.visibility === b.visibility &&
    a.teamId === b.teamId &&
    people(a) === people(b)
  );
}

export async function createKpi(db: PrismaClient, actor: OrgActor, input: KpiDefinitionInput) {
  const { teamKind } = await assertReferences(db, actor.orgId, input);
  assertCreatable(actor, await loadActorScope(db, actor.orgId, actor.membershipId), scopeOfInput(input, teamKind), "create");
  try {
    return await db.$transaction(async (tx) => {
      if (input.formula !== null) await lockFormulaDefinitions(tx, actor.orgId);
      const formula = await prepareFormula(tx, actor, { kpiId: null, formula: input.formula, code: input.code, cadence: input.cadence });
      assertFormulaHolds(formula);
      const kpi = await tx.kpi.create({ data: { ...definitionData(actor.orgId, input, actor.currency), formula: formula.text }, select: { id: true, version: true } });
      await writeRelations(tx, actor.orgId, kpi.id, input);
      if (formula.text !== null) await saveFormula(tx, actor, kpi.id, formula);
      const snapshot = await snapshotWithin(tx, actor.orgId, kpi.id);
      await tx.kpiRevision.create({
        data: { orgId: actor.orgId, kpiId: kpi.id, version: 1, changedByUserId: actor.userId, changes: { created: snapshot } },
      });
      await recordAudit(tx, { orgId: actor.orgId, actorUserId: actor.userId, action: "kpi.created", targetType: "kpi", targetId: kpi.id, after: { name: input.name } });
      await queueKpiWebhook(tx, actor, "kpi.created", kpi.id);
      return kpi;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await takenError(db, actor.orgId, input, null);
    throw error;
  }
}

/**
 * Which of the KPI's unique keys another active KPI holds: read after the failed transaction, since the
 * constraint's name does not survive every driver.
 */
async function takenError(db: PrismaClient, orgId: string, input: KpiDefinitionInput, kpiId: string | null) {
  if (input.code) {
    const holder = await db.kpi.findFirst({ where: { orgId, activeCode: input.code, ...(kpiId ? { id: { not: kpiId } } : {}) }, select: { id: true } });
    if (holder) return fieldError("code", CODE_TAKEN, "conflict");
  }
  return fieldError("name", NAME_TAKEN, "conflict");
}

async function snapshotWithin(db: Pick<PrismaClient, "kpi">, orgId: string, kpiId: string): Promise<DefinitionSnapshot> {
  const row = await db.kpi.findUnique({ where: { orgId_id: { orgId, id: kpiId } }, include: snapshotInclude });
  if (!row) throw notFound("This KPI");
  return snapshotOf(row);
}

/** Who last changed the KPI and when, for the message that refuses a stale save. */
async function conflictError(db: PrismaClient, actor: OrgActor, kpiId: string): Promise<DomainError> {
  const orgId = actor.orgId;
  const last = await db.kpiRevision.findFirst({ where: { orgId, kpiId }, orderBy: { createdAt: "desc" }, select: { changedByUserId: true, createdAt: true } });
  const who = last?.changedByUserId ? await db.user.findUnique({ where: { id: last.changedByUserId }, select: { name: true } }) : null;
  // In the reader's format and the organization's time zone, like every time on screen.
  const when = last
    ? new Intl.DateTimeFormat(actor.locale, { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: actor.timeZone, timeZoneName: "short" }).format(last.createdAt)
    : "a moment ago";
  return domainError(
    "conflict",
    `${who?.name ?? "Someone"} changed this KPI at ${when}, after you opened it. Reload to see their changes, then make yours again.`,
  );
}

/**
 * Saves a new definition over the version the editor started from; a newer version wins and this save is refused.
 * The KPI row is locked first, so the permission to edit it, the rule that the edit leaves a KPI its editor could
 * have created, and the version are all judged on the KPI exactly as this save replaces it.
 */
export async function updateKpi(db: PrismaClient, actor: OrgActor, input: UpdateKpiInput) {
  try {
    return await db.$transaction((tx) => updateKpiWithin(tx, actor, input));
  } catch (error) {
    // Built after the transaction has ended: the embedded database serves one transaction at a time.
    if (error instanceof StaleVersion) throw await conflictError(db, actor, input.kpiId);
    if (isUniqueViolation(error)) throw await takenError(db, actor.orgId, input, input.kpiId);
    throw error;
  }
}

/** The edit of updateKpi inside the caller's transaction; its refusals are turned into messages by kpiUpdateRefusal. */
export async function updateKpiWithin(tx: Prisma.TransactionClient, actor: OrgActor, input: UpdateKpiInput) {
  // Formulas first: their lock, then the inputs the new formula reads, then this KPI (the order every writer keeps).
  await lockFormulaDefinitions(tx, actor.orgId);
  const formula = await prepareFormula(tx, actor, { kpiId: input.kpiId, formula: input.formula, code: input.code, cadence: input.cadence });
  await tx.$queryRaw`SELECT 1 FROM "Kpi" WHERE "orgId" = ${actor.orgId} AND "id" = ${input.kpiId} FOR UPDATE`;
  const access = await authorizeKpi(tx, actor.orgId, actor, input.kpiId, "kpi.update");
  assertFormulaHolds(formula);
  const { teamKind } = await assertReferences(tx, actor.orgId, input);
  const current = await tx.kpi.findUnique({ where: { orgId_id: { orgId: actor.orgId, id: input.kpiId } }, include: snapshotInclude });
  if (!current) throw notFound("This KPI");
  if (current.version !== input.version) throw new StaleVersion();
  await assertInputKept(tx, actor.orgId, current, input);
  const next = scopeOfInput(input, teamKind);
  if (!sameScope(access.scope, next)) assertCreatable(actor, access.actor, next, "move");
  const before = snapshotOf(current);
  const { orgId: _orgId, ...data } = definitionData(actor.orgId, input, actor.currency);
  await tx.kpi.update({
    where: { orgId_id: { orgId: actor.orgId, id: input.kpiId } },
    data: {
      ...data,
      formula: formula.text,
      activeName: current.archivedAt ? null : data.activeName,
      activeCode: current.archivedAt ? null : data.activeCode,
      version: { increment: 1 },
    },
  });
  await writeRelations(tx, actor.orgId, input.kpiId, input);
  await saveFormula(tx, actor, input.kpiId, formula);
  await judgeAllCheckInsOf(tx, actor.orgId, [input.kpiId]);
  await refreshLatestOf(tx, actor.orgId, [input.kpiId]);
  await rederiveStatusChanges(tx, actor.orgId, [input.kpiId], actor.weekStart);
  const changes = diffDefinitions(before, await snapshotWithin(tx, actor.orgId, input.kpiId));
  const version = input.version + 1;
  if (Object.keys(changes).length) {
    await tx.kpiRevision.create({ data: { orgId: actor.orgId, kpiId: input.kpiId, version, changedByUserId: actor.userId, changes } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "kpi.updated",
      targetType: "kpi",
      targetId: input.kpiId,
      before: Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.from])),
      after: Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.to])),
    });
    await queueKpiWebhook(tx, actor, "kpi.updated", input.kpiId, { changedFields: Object.keys(changes), statusBefore: current.latestStatus });
  }
  return { id: input.kpiId, version };
}

/** The message for an edit refused by a newer version or a taken name or code, read after its transaction ended. */
export async function kpiUpdateRefusal(db: PrismaClient, actor: OrgActor, input: UpdateKpiInput, error: unknown): Promise<unknown> {
  if (error instanceof StaleVersion) return conflictError(db, actor, input.kpiId);
  if (isUniqueViolation(error)) return takenError(db, actor.orgId, input, input.kpiId);
  return error;
}

/** An archived calculated KPI's formula, judged again against the KPIs as they are now, before it is restored. */
async function formulaToRestore(tx: Prisma.TransactionClient, actor: OrgActor, kpiId: string): Promise<PreparedFormula | null> {
  const row = await tx.kpi.findUnique({ where: { orgId_id: { orgId: actor.orgId, id: kpiId } }, select: { formula: true, code: true, cadence: true, archivedAt: true } });
  if (!row?.formula || !row.archivedAt) return null;
  return prepareFormula(tx, actor, { kpiId, formula: row.formula, code: row.code, cadence: row.cadence });
}

export async function setKpiArchived(db: PrismaClient, actor: OrgActor, kpiId: string, archived: boolean) {
  try {
    return await db.$transaction((tx) => setKpiArchivedWithin(tx, actor, kpiId, archived));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw fieldError("name", "An active KPI has the same name or code. Change one of them before restoring this one.", "conflict");
    }
    throw error;
  }
}

/** Archives or restores inside the caller's transaction; a taken name or code on restoring is a unique violation. */
export async function setKpiArchivedWithin(tx: Prisma.TransactionClient, actor: OrgActor, kpiId: string, archived: boolean) {
  await lockFormulaDefinitions(tx, actor.orgId);
  const formula = archived ? null : await formulaToRestore(tx, actor, kpiId);
  await tx.$queryRaw`SELECT 1 FROM "Kpi" WHERE "orgId" = ${actor.orgId} AND "id" = ${kpiId} FOR UPDATE`;
  await authorizeKpi(tx, actor.orgId, actor, kpiId, "kpi.update");
  const kpi = await tx.kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: actor.orgId, id: kpiId } }, select: { name: true, code: true, archivedAt: true, version: true } });
  if (Boolean(kpi.archivedAt) === archived) return { id: kpiId, version: kpi.version };
  if (archived) await assertNotReadByFormulas(tx, actor.orgId, kpiId);
  if (formula?.errors.length) {
    throw domainError("conflict", `${kpi.name} is calculated, and its formula no longer holds: ${formula.errors.map((error) => error.message).join(" ")} Edit the formula, then restore it.`);
  }
  const updated = await tx.kpi.update({
    where: { orgId_id: { orgId: actor.orgId, id: kpiId } },
    data: { archivedAt: archived ? new Date() : null, activeName: archived ? null : kpi.name.toLowerCase(), activeCode: archived ? null : kpi.code, version: { increment: 1 } },
    select: { version: true },
  });
  await tx.kpiRevision.create({
    data: { orgId: actor.orgId, kpiId, version: updated.version, changedByUserId: actor.userId, changes: { archived: { from: !archived, to: archived } } },
  });
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: archived ? "kpi.archived" : "kpi.restored",
    targetType: "kpi",
    targetId: kpiId,
    after: { name: kpi.name },
  });
  // Archived, a calculated KPI took no new values: restored, it catches up on its whole history.
  if (formula?.text) await saveFormula(tx, actor, kpiId, formula);
  await queueKpiWebhook(tx, actor, archived ? "kpi.archived" : "kpi.updated", kpiId, { changedFields: ["archived"] });
  return { id: kpiId, version: updated.version };
}
