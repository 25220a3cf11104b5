import type { Prisma } from "@tally/db";
import { compareIsoDates } from "@tally/domain";
import { isoDate } from "../kpi/decimal";
import type { BriefingAction } from "./types";

type Reader = Pick<Prisma.TransactionClient, "actionKpi">;

/** The open corrective actions on each of these KPIs, soonest due first, in one query. */
export async function openActionsByKpi(db: Reader, orgId: string, kpiIds: readonly string[], today: string): Promise<Map<string, BriefingAction[]>> {
  const byKpi = new Map<string, BriefingAction[]>();
  if (!kpiIds.length) return byKpi;
  const rows = await db.actionKpi.findMany({
    where: { orgId, kpiId: { in: [...kpiIds] }, action: { status: "open" } },
    orderBy: [{ action: { dueDate: "asc" } }, { action: { title: "asc" } }, { actionId: "asc" }],
    select: { kpiId: true, action: { select: { id: true, title: true, dueDate: true, owner: { select: { user: { select: { name: true } } } } } } },
  });
  for (const { kpiId, action } of rows) {
    const dueDate = isoDate(action.dueDate);
    const list = byKpi.get(kpiId) ?? [];
    list.push({ id: action.id, title: action.title, ownerName: action.owner.user.name, dueDate, overdue: compareIsoDates(dueDate, today) < 0 });
    byKpi.set(kpiId, list);
  }
  return byKpi;
}
