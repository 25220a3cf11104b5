import type { Prisma } from "@tally/db";
import { isoDate } from "./decimal";

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

export type DefinitionSnapshot = Record<string, Value>;

export const snapshotInclude = {
  targets: { orderBy: { effectiveFrom: "asc" } },
  contributors: { select: { membershipId: true } },
  objectives: { select: { objectiveId: true } },
  team: { select: { teamId: true } },
} as const satisfies Prisma.KpiInclude;

type SnapshotRow = Prisma.KpiGetPayload<{ include: typeof snapshotInclude }>;

const text = (value: Prisma.Decimal | null) => (value === null ? null : value.toString());

/** A KPI's definition as plain values, the unit of comparison for its history. */
export function snapshotOf(row: SnapshotRow): DefinitionSnapshot {
  return {
    name: row.name,
    code: row.code,
    formula: row.formula,
    description: row.description,
    category: row.category,
    unit: row.unit,
    currency: row.currency,
    durationUnit: row.durationUnit,
    decimals: row.decimals,
    direction: row.direction,
    baseline: text(row.baseline),
    cadence: row.cadence,
    startDate: isoDate(row.startDate),
    endDate: row.endDate ? isoDate(row.endDate) : null,
    owner: row.ownerMembershipId,
    visibility: row.visibility,
    benchmarkValue: text(row.benchmarkValue),
    benchmarkSource: row.benchmarkSource,
    team: row.team?.teamId ?? null,
    contributors: row.contributors.map((c) => c.membershipId).sort(),
    objectives: row.objectives.map((o) => o.objectiveId).sort(),
    targets: row.targets.map((t) => ({
      effectiveFrom: isoDate(t.effectiveFrom),
      target: text(t.target),
      targetMin: text(t.targetMin),
      targetMax: text(t.targetMax),
      warning: text(t.warning),
      tolerance: text(t.tolerance),
    })),
  };
}

export type DefinitionChanges = Record<string, { from: Value; to: Value }>;

export function diffDefinitions(before: DefinitionSnapshot, after: DefinitionSnapshot): DefinitionChanges {
  const changes: DefinitionChanges = {};
  for (const key of Object.keys(after)) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
