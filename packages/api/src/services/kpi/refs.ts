import type { PrismaClient } from "@tally/db";
import { KPI_CODE_PATTERN } from "@tally/domain";
import type { Actor } from "../actor";
import { notFound } from "../errors";
import { kpiWhereFor } from "./scope";

type Reader = Pick<PrismaClient, "kpi" | "teamMembership">;

/** A reference may be a KPI's id or, case aside, the code of an active KPI. */
function codeOf(ref: string): string | null {
  const code = ref.toUpperCase();
  return KPI_CODE_PATTERN.test(code) ? code : null;
}

/**
 * The ids of the KPIs that `refs` name among those the actor may see, in one query. A reference that names
 * nothing visible is missing from the answer, exactly like one that names nothing at all.
 */
export async function resolveKpiRefs(db: Reader, actor: Actor, refs: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(refs)];
  if (!unique.length) return new Map();
  const codes = unique.map(codeOf).filter((code): code is string => code !== null);
  const rows = await db.kpi.findMany({
    where: {
      AND: [
        { orgId: actor.orgId },
        await kpiWhereFor(db, actor, "kpi.view"),
        { OR: [{ id: { in: unique } }, ...(codes.length ? [{ activeCode: { in: codes } }] : [])] },
      ],
    },
    select: { id: true, activeCode: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.id]));
  const byCode = new Map(rows.filter((row) => row.activeCode).map((row) => [row.activeCode!, row.id]));
  const resolved = new Map<string, string>();
  for (const ref of unique) {
    // An id is never written in capitals, so it cannot be mistaken for a code.
    const id = byId.get(ref) ?? byCode.get(codeOf(ref) ?? "");
    if (id) resolved.set(ref, id);
  }
  return resolved;
}

/** The id of the KPI that `ref` names, or NOT_FOUND when the actor cannot see one. */
export async function resolveKpiRef(db: Reader, actor: Actor, ref: string): Promise<string> {
  const id = (await resolveKpiRefs(db, actor, [ref])).get(ref);
  if (!id) throw notFound("This KPI");
  return id;
}
