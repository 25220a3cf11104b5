import type { PrismaClient } from "@tally/db";
import { historyMonths } from "@tally/domain";
import type { OrgActor } from "../actor";
import { kpiListQuery } from "../kpi/list-where";
import { countWithoutAction, needsAttention } from "./needs-attention";
import { objectiveHealth } from "./objective-health";
import { recentCheckIns } from "./recent-check-ins";
import { statusCountsByMonth } from "./status-history";
import { statusMatrix } from "./status-matrix";

export const HISTORY_MONTHS = 12;
/** How far back an objective's health is compared: a quarter. */
const TREND_MONTHS_BACK = 3;

/**
 * The organization overview as the member may see it: every block counts over exactly the KPIs of the member's
 * unfiltered KPI list (active ones), each in a fixed number of statements however many KPIs there are.
 * `previous` is the status counts as of the end of last month, for the change beside each headline count.
 */
export async function organizationDashboard(db: PrismaClient, actor: OrgActor, now: Date = new Date()) {
  const { where, today, weekStart } = await kpiListQuery(db, actor, { archived: false }, now);
  const months = historyMonths(today, HISTORY_MONTHS);
  const [matrix, attention, recent, visible, withoutAction] = await Promise.all([
    statusMatrix(db, where, today, weekStart),
    needsAttention(db, where, today, weekStart),
    recentCheckIns(db, actor.orgId, where, weekStart),
    db.kpi.findMany({ where, select: { id: true } }),
    countWithoutAction(db, where, today, weekStart),
  ]);
  const ids = visible.map((kpi) => kpi.id);
  const trendFrom = months[months.length - 1 - TREND_MONTHS_BACK]!;
  const [history, objectives] = await Promise.all([
    statusCountsByMonth(db, actor.orgId, ids, months, weekStart),
    objectiveHealth(db, actor.orgId, ids, trendFrom, months.at(-1)!, weekStart),
  ]);
  const previous = history.at(-2)!;
  return {
    today,
    /** The past day the overview is shown as of; null for today's. */
    asOf: null as string | null,
    totals: matrix.totals,
    previous: { month: previous.month, asOf: previous.asOf, counts: previous.counts },
    matrix: matrix.rows,
    history,
    objectives,
    /** The day objectives' health is compared with. */
    objectivesSince: trendFrom.asOf,
    needsAttention: attention,
    /** Off-track or overdue KPIs with no open corrective action. */
    withoutAction,
    recentCheckIns: recent,
  };
}

export type OrganizationDashboard = Awaited<ReturnType<typeof organizationDashboard>>;
