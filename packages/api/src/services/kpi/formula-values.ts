import type { Prisma } from "@tally/db";
import { dependentLevels, evaluateFormula, parseFormula, periodStart, type FormulaNode } from "@tally/domain";
import type { Actor } from "../actor";
import { isoDate, isoDateOrNull } from "./decimal";
import type { ValueChange } from "./values-changed";

type Tx = Prisma.TransactionClient;

interface CalculatedKpi {
  id: string;
  ast: FormulaNode;
  /** Input KPI id by the code the formula names it with. */
  inputs: Map<string, string>;
  firstPeriod: string;
  endDate: string | null;
}

/** Which periods of a calculated KPI to compute: all it could have, or those whose inputs changed. */
type Scope = { kind: "all" } | { kind: "periods"; periods: Set<string> };

interface StoredValue {
  id: string;
  value: string;
  source: string;
}

interface LevelWrites {
  inserts: { kpiId: string; period: string; value: string }[];
  updates: { id: string; value: string }[];
  deletes: string[];
}

async function loadCalculated(tx: Tx, actor: Actor): Promise<Map<string, CalculatedKpi>> {
  const rows = await tx.kpi.findMany({
    where: { orgId: actor.orgId, archivedAt: null, formula: { not: null } },
    select: { id: true, formula: true, cadence: true, startDate: true, endDate: true, formulaInputs: { select: { inputKpiId: true, input: { select: { code: true } } } } },
  });
  const calculated = new Map<string, CalculatedKpi>();
  for (const row of rows) {
    const parsed = parseFormula(row.formula!);
    if (!parsed.ok) continue;
    calculated.set(row.id, {
      id: row.id,
      ast: parsed.ast,
      inputs: new Map(row.formulaInputs.filter((edge) => edge.input.code !== null).map((edge) => [edge.input.code!, edge.inputKpiId])),
      firstPeriod: periodStart(isoDate(row.startDate), row.cadence, actor.weekStart),
      endDate: isoDateOrNull(row.endDate),
    });
  }
  return calculated;
}

/**
 * The stored values a level needs, in one query: every value of the KPIs computed in full, and for the others the
 * changed periods of their inputs and their own. One row per KPI, its values as arrays: far fewer objects to build
 * than one per value.
 */
async function loadValues(tx: Tx, orgId: string, plans: { kpi: CalculatedKpi; scope: Scope }[]) {
  const wholeIds = new Set<string>();
  const scopedIds = new Set<string>();
  const scopedPeriods = new Set<string>();
  for (const { kpi, scope } of plans) {
    const ids = [kpi.id, ...kpi.inputs.values()];
    if (scope.kind === "all") ids.forEach((id) => wholeIds.add(id));
    else {
      ids.forEach((id) => scopedIds.add(id));
      scope.periods.forEach((period) => scopedPeriods.add(period));
    }
  }
  // The changed periods join as a table: an OR with a long list would be checked row by row.
  const rows = await tx.$queryRaw<{ kpiId: string; ids: string[]; periods: string[]; values: string[]; sources: string[] }[]>`
    SELECT "kpiId", array_agg("id") AS "ids", array_agg(to_char("periodStart", 'YYYY-MM-DD')) AS "periods",
      array_agg(trim_scale("value")::text) AS "values", array_agg("source"::text) AS "sources"
    FROM (
      SELECT "id", "kpiId", "periodStart", "value", "source" FROM "CheckIn"
      WHERE "orgId" = ${orgId} AND "kpiId" = ANY(${[...wholeIds]}::text[])
      UNION ALL
      SELECT "c"."id", "c"."kpiId", "c"."periodStart", "c"."value", "c"."source"
      FROM unnest(${[...scopedPeriods]}::date[]) AS "p"("periodStart")
      JOIN "CheckIn" AS "c" ON "c"."orgId" = ${orgId} AND "c"."kpiId" = ANY(${[...scopedIds]}::text[]) AND "c"."periodStart" = "p"."periodStart"
    ) AS "wanted"
    GROUP BY "kpiId"`;
  const byKpi = new Map<string, Map<string, StoredValue>>();
  for (const row of rows) {
    const values = new Map<string, StoredValue>();
    row.periods.forEach((period, index) => values.set(period, { id: row.ids[index]!, value: row.values[index]!, source: row.sources[index]! }));
    byKpi.set(row.kpiId, values);
  }
  return byKpi;
}

/** ISO dates compare as text. */
function inBounds(kpi: CalculatedKpi, period: string): boolean {
  return period >= kpi.firstPeriod && (kpi.endDate === null || period <= kpi.endDate);
}

/** What to write for one calculated KPI, and which of its periods changed. */
function diff(kpi: CalculatedKpi, scope: Scope, values: Map<string, Map<string, StoredValue>>, writes: LevelWrites): string[] {
  const own = values.get(kpi.id) ?? new Map<string, StoredValue>();
  const periods =
    scope.kind === "periods" ? scope.periods : new Set([...own.keys(), ...[...kpi.inputs.values()].flatMap((id) => [...(values.get(id)?.keys() ?? [])])]);
  const changed: string[] = [];
  for (const period of periods) {
    let next: string | null = null;
    if (inBounds(kpi, period)) {
      const inputs = new Map<string, string>();
      for (const [code, id] of kpi.inputs) {
        const stored = values.get(id)?.get(period);
        if (stored) inputs.set(code, stored.value);
      }
      const outcome = evaluateFormula(kpi.ast, inputs);
      next = outcome.kind === "value" ? outcome.value : null;
    }
    const current = own.get(period);
    if (next === null && current) writes.deletes.push(current.id);
    else if (next !== null && !current) writes.inserts.push({ kpiId: kpi.id, period, value: next });
    else if (next !== null && current && (current.value !== next || current.source !== "formula")) writes.updates.push({ id: current.id, value: next });
    else continue;
    changed.push(period);
  }
  return changed;
}

/**
 * Writes a level's results in a few statements, whatever their number. A replaced value becomes a revision of its
 * check-in; a removed one is kept, with its revisions, as a removed check-in. Formula values are recorded by the
 * member (or the key's creator) whose change caused them.
 */
async function write(tx: Tx, actor: Actor, { inserts, updates, deletes }: LevelWrites): Promise<void> {
  const { orgId, membershipId } = actor;
  const apiKeyId = actor.kind === "integration" ? actor.apiKeyId : null;
  if (updates.length) {
    const ids = updates.map((update) => update.id);
    await tx.$executeRaw`
      INSERT INTO "CheckInRevision" ("orgId", "id", "checkInId", "value", "comment", "recordedByMembershipId", "source", "apiKeyId", "recordedAt", "replacedAt")
      SELECT "orgId", gen_random_uuid()::text, "id", "value", "comment", "recordedByMembershipId", "source", "apiKeyId", "updatedAt", now() AT TIME ZONE 'UTC'
      FROM "CheckIn" WHERE "orgId" = ${orgId} AND "id" = ANY(${ids}::text[])`;
    await tx.$executeRaw`
      UPDATE "CheckIn" AS "c"
      SET "value" = "u"."value", "comment" = '', "recordedByMembershipId" = ${membershipId}, "source" = 'formula', "apiKeyId" = NULL,
          "updatedAt" = now() AT TIME ZONE 'UTC'
      FROM unnest(${ids}::text[], ${updates.map((update) => update.value)}::numeric[]) AS "u"("id", "value")
      WHERE "c"."orgId" = ${orgId} AND "c"."id" = "u"."id"`;
  }
  if (deletes.length) {
    await tx.$executeRaw`
      INSERT INTO "CheckInDeletion" ("orgId", "id", "kpiId", "periodStart", "value", "comment", "history", "deletedByMembershipId", "apiKeyId", "deletedAt")
      SELECT "c"."orgId", gen_random_uuid()::text, "c"."kpiId", "c"."periodStart", "c"."value", "c"."comment",
        COALESCE((
          SELECT jsonb_agg(jsonb_build_object('value', "r"."value"::text, 'comment', "r"."comment", 'recordedByMembershipId', "r"."recordedByMembershipId",
            'source', "r"."source", 'apiKeyId', "r"."apiKeyId", 'recordedAt', "r"."recordedAt") ORDER BY "r"."replacedAt", "r"."id")
          FROM "CheckInRevision" AS "r" WHERE "r"."orgId" = "c"."orgId" AND "r"."checkInId" = "c"."id"
        ), '[]'::jsonb) || jsonb_build_array(jsonb_build_object('value', "c"."value"::text, 'comment', "c"."comment",
          'recordedByMembershipId', "c"."recordedByMembershipId", 'source', "c"."source", 'apiKeyId', "c"."apiKeyId", 'recordedAt', "c"."updatedAt")),
        ${membershipId}, ${apiKeyId}, now() AT TIME ZONE 'UTC'
      FROM "CheckIn" AS "c" WHERE "c"."orgId" = ${orgId} AND "c"."id" = ANY(${deletes}::text[])`;
    await tx.$executeRaw`DELETE FROM "CheckIn" WHERE "orgId" = ${orgId} AND "id" = ANY(${deletes}::text[])`;
  }
  if (inserts.length) {
    await tx.$executeRaw`
      INSERT INTO "CheckIn" ("orgId", "id", "kpiId", "periodStart", "value", "comment", "recordedByMembershipId", "source", "createdAt", "updatedAt")
      SELECT ${orgId}, gen_random_uuid()::text, "i"."kpiId", "i"."period", "i"."value", '', ${membershipId}, 'formula', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
      FROM unnest(${inserts.map((insert) => insert.kpiId)}::text[], ${inserts.map((insert) => insert.period)}::date[], ${inserts.map((insert) => insert.value)}::numeric[])
        AS "i"("kpiId", "period", "value")`;
  }
}

/**
 * Recomputes calculated KPIs level by level: one query to read and a few statements to write per level. `periods`
 * holds the periods that changed per KPI and grows as levels change theirs; `whole` KPIs are computed over their
 * whole history. With `propagate`, the KPIs that read the changed ones follow, transitively.
 */
async function recompute(tx: Tx, actor: Actor, periods: Map<string, Set<string>>, whole: string[], propagate: boolean): Promise<ValueChange[]> {
  const calculated = await loadCalculated(tx, actor);
  const graph = new Map([...calculated.values()].map((kpi) => [kpi.id, [...kpi.inputs.values()]]));
  const levels = propagate ? dependentLevels(graph, periods.keys(), whole) : [whole.filter((id) => calculated.has(id))];
  const order = levels.flat();
  if (!order.length) return [];
  // Writers of different inputs of one KPI queue here, so each computes from the values the previous one committed.
  await tx.$queryRaw`SELECT 1 FROM "Kpi" WHERE "orgId" = ${actor.orgId} AND "id" = ANY(${order}::text[]) ORDER BY array_position(${order}::text[], "id") FOR UPDATE`;
  const wholeSet = new Set(whole);
  const changes: ValueChange[] = [];
  for (const level of levels) {
    const plans = level.flatMap((id) => {
      const kpi = calculated.get(id)!;
      if (wholeSet.has(id)) return [{ kpi, scope: { kind: "all" } as Scope }];
      const scoped = new Set([...kpi.inputs.values()].flatMap((inputId) => [...(periods.get(inputId) ?? [])]));
      return scoped.size ? [{ kpi, scope: { kind: "periods", periods: scoped } as Scope }] : [];
    });
    if (!plans.length) continue;
    const values = await loadValues(tx, actor.orgId, plans);
    const writes: LevelWrites = { inserts: [], updates: [], deletes: [] };
    for (const { kpi, scope } of plans) {
      const changed = diff(kpi, scope, values, writes);
      if (!changed.length) continue;
      periods.set(kpi.id, new Set([...(periods.get(kpi.id) ?? []), ...changed]));
      changes.push(...changed.map((periodStart) => ({ kpiId: kpi.id, periodStart })));
    }
    await write(tx, actor, writes);
  }
  return changes;
}

/**
 * After values changed: the calculated KPIs that read them, and those reading these, recomputed for the changed
 * periods inside the same transaction. Returns what their values did, to follow the same path as any change.
 */
export async function recomputeFormulaValues(tx: Tx, actor: Actor, changes: readonly ValueChange[]): Promise<ValueChange[]> {
  const periods = new Map<string, Set<string>>();
  for (const change of changes) periods.set(change.kpiId, (periods.get(change.kpiId) ?? new Set()).add(change.periodStart));
  if (!periods.size) return [];
  const reader = await tx.kpiFormulaInput.findFirst({ where: { orgId: actor.orgId, inputKpiId: { in: [...periods.keys()] } }, select: { kpiId: true } });
  if (!reader) return [];
  return recompute(tx, actor, periods, [], true);
}

/** A calculated KPI's whole history, from its inputs, as its formula and time span now say; nothing downstream. */
export async function recomputeFormulaHistory(tx: Tx, actor: Actor, kpiId: string): Promise<ValueChange[]> {
  return recompute(tx, actor, new Map(), [kpiId], false);
}
