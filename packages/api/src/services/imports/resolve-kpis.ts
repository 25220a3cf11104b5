import type { Prisma, PrismaClient } from "@tally/db";
import { KPI_NAME_MAX, type ImportKpi } from "@tally/domain";
import { isoDate } from "../kpi/decimal";
import { kpiWhereFor } from "../kpi/scope";
import type { Actor } from "../actor";

// Bounds the parameters of one query however many different names a file holds.
const TEXTS_PER_QUERY = 5_000;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
// Longer than any KPI name, code or id: such a cell names no KPI and is not worth a query.
const LONGEST_NAME = Math.max(KPI_NAME_MAX, 64);

const kpiSelect = { id: true, name: true, code: true, cadence: true, startDate: true, endDate: true, archivedAt: true, formula: true } as const;

type KpiRow = Prisma.KpiGetPayload<{ select: typeof kpiSelect }>;

export interface KpiLookup {
  find(text: string): ImportKpi | null;
  byId(id: string): ImportKpi | undefined;
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

function matchWhere(texts: string[]): Prisma.KpiWhereInput {
  const upper = texts.map((text) => text.toUpperCase());
  return {
    OR: [
      { id: { in: texts.filter((text) => ID_PATTERN.test(text)) } },
      { activeCode: { in: upper } },
      { activeName: { in: texts.map((text) => text.toLowerCase()) } },
      { archivedAt: { not: null }, code: { in: upper } },
      { archivedAt: { not: null }, name: { in: texts } },
    ],
  };
}

/**
 * The KPIs a file names — by id, code (any case) or exact name (any case), archived ones by code or exact name —
 * among those the actor may see, and which of them it may record. Two queries per 5,000 different names, never
 * one per row; a KPI of another organization, or one the actor may not see, is simply not found.
 */
export async function resolveImportKpis(db: PrismaClient, actor: Actor, texts: Iterable<string>): Promise<KpiLookup> {
  const distinct = [...new Set([...texts].filter((text) => text && text.length <= LONGEST_NAME))];
  const [viewWhere, recordWhere] = await Promise.all([kpiWhereFor(db, actor, "kpi.view"), kpiWhereFor(db, actor, "checkin.record")]);
  const visible: KpiRow[] = [];
  for (const part of chunks(distinct, TEXTS_PER_QUERY)) {
    visible.push(...(await db.kpi.findMany({ where: { AND: [{ orgId: actor.orgId }, matchWhere(part), viewWhere] }, select: kpiSelect })));
  }
  const recordable = new Set<string>();
  for (const part of chunks(visible.map((kpi) => kpi.id), TEXTS_PER_QUERY)) {
    const rows = await db.kpi.findMany({ where: { AND: [{ orgId: actor.orgId, id: { in: part } }, recordWhere] }, select: { id: true } });
    for (const row of rows) recordable.add(row.id);
  }

  const byId = new Map<string, ImportKpi>();
  const byCode = new Map<string, ImportKpi>();
  const byName = new Map<string, ImportKpi>();
  const archivedByCode = new Map<string, ImportKpi>();
  const archivedByName = new Map<string, ImportKpi>();
  // Newest archived first, so a name archived twice finds its latest KPI.
  visible.sort((a, b) => (b.archivedAt?.getTime() ?? 0) - (a.archivedAt?.getTime() ?? 0));
  for (const row of visible) {
    const kpi: ImportKpi = {
      id: row.id,
      name: row.name,
      code: row.code,
      cadence: row.cadence,
      startDate: isoDate(row.startDate),
      endDate: row.endDate ? isoDate(row.endDate) : null,
      archived: row.archivedAt !== null,
      calculated: row.formula !== null,
      recordable: recordable.has(row.id),
    };
    byId.set(kpi.id, kpi);
    if (kpi.archived) {
      if (kpi.code && !archivedByCode.has(kpi.code)) archivedByCode.set(kpi.code, kpi);
      if (!archivedByName.has(kpi.name)) archivedByName.set(kpi.name, kpi);
    } else {
      if (kpi.code) byCode.set(kpi.code, kpi);
      byName.set(kpi.name.toLowerCase(), kpi);
    }
  }
  const cache = new Map<string, ImportKpi | null>();
  return {
    byId: (id) => byId.get(id),
    find(text) {
      let kpi = cache.get(text);
      if (kpi === undefined) {
        const upper = text.toUpperCase();
        kpi = byId.get(text) ?? byCode.get(upper) ?? byName.get(text.toLowerCase()) ?? archivedByCode.get(upper) ?? archivedByName.get(text) ?? null;
        cache.set(text, kpi);
      }
      return kpi;
    },
  };
}
