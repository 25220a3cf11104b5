import type { Prisma } from "@tally/db";
import type { FormulaCatalogueEntry } from "@tally/domain";
import type { Actor } from "../actor";
import { kpiWhereFor } from "./scope";

type Reader = Pick<Prisma.TransactionClient, "kpi" | "teamMembership">;

/**
 * The KPIs a formula may name: every KPI of the organization with a code, archived ones too (so the refusal can
 * say "archived" rather than "unknown"), each with the edges of its own formula. Those the actor may not see are
 * marked so — unknown to them, yet followed when looking for cycles — except `alwaysVisible`: the inputs a KPI's
 * formula already reads, which its editor keeps whoever chose them.
 */
export async function loadFormulaCatalogue(db: Reader, actor: Actor, alwaysVisible: readonly string[] = []): Promise<FormulaCatalogueEntry[]> {
  const coded: Prisma.KpiWhereInput = { orgId: actor.orgId, code: { not: null } };
  const [rows, visible] = await Promise.all([
    db.kpi.findMany({
      where: coded,
      select: { id: true, code: true, cadence: true, archivedAt: true, formulaInputs: { select: { inputKpiId: true } } },
    }),
    kpiWhereFor(db, actor, "kpi.view").then((where) => db.kpi.findMany({ where: { AND: [coded, where] }, select: { id: true } })),
  ]);
  const seen = new Set([...visible.map((row) => row.id), ...alwaysVisible]);
  return rows.map((row) => ({
    id: row.id,
    code: row.code!,
    cadence: row.cadence,
    archived: row.archivedAt !== null,
    inputIds: row.formulaInputs.map((edge) => edge.inputKpiId),
    visible: seen.has(row.id),
  }));
}

/** The edges of every active calculated KPI: the graph recomputes and locks follow. */
export async function loadFormulaGraph(db: Pick<Prisma.TransactionClient, "kpiFormulaInput">, orgId: string): Promise<Map<string, string[]>> {
  const edges = await db.kpiFormulaInput.findMany({ where: { orgId, kpi: { archivedAt: null } }, select: { kpiId: true, inputKpiId: true } });
  const graph = new Map<string, string[]>();
  for (const edge of edges) graph.set(edge.kpiId, [...(graph.get(edge.kpiId) ?? []), edge.inputKpiId]);
  return graph;
}
