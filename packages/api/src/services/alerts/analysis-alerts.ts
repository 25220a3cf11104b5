import type { Prisma, PrismaClient } from "@tally/db";
import { formatPlainNumber, periodLabel, targetFor, todayIn } from "@tally/domain";
import type { JobHandler } from "../../jobs";
import { enqueueJobs } from "../../jobs";
import type { Actor } from "../actor";
import { isoDateOrNull } from "../kpi/decimal";
import { toTargetEntries } from "../kpi/latest";
import { analyseListRow, recentSeries } from "../kpi/list-analysis";
import { notify, type Notice } from "../notifications/notify";
import { followersOf } from "./followers";

export const ANALYSIS_ALERTS_JOB = "kpi-analysis-alerts";

interface Payload {
  kpiIds: string[];
  /** Who changed the values: not told of what their own change shows. */
  actorMembershipId: string | null;
}

/**
 * Queues the forecast and signal check of the KPIs whose values changed, in the transaction of the change: the
 * fit over the last values runs after it commits, so recording a value never waits for it.
 */
export async function queueAnalysisAlerts(tx: Pick<Prisma.TransactionClient, "$executeRaw">, actor: Actor, kpiIds: readonly string[]): Promise<void> {
  if (!kpiIds.length) return;
  const payload: Payload = { kpiIds: [...kpiIds], actorMembershipId: actor.kind === "member" ? actor.membershipId : null };
  await enqueueJobs(tx, [{ kind: ANALYSIS_ALERTS_JOB, orgId: actor.orgId, payload: { ...payload }, maxAttempts: 3 }]);
}

/**
 * Tells followers when a KPI's forecast for the current period turns to "likely to miss", and when its values
 * show a process signal. Each alert is keyed by what it reports (the forecast's period, the signal and the period
 * it starts in), so a later value that shows the same thing again notifies nobody twice.
 */
export async function sendAnalysisAlerts(db: PrismaClient, orgId: string, { kpiIds, actorMembershipId }: Payload, now = new Date()): Promise<number> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { timeZone: true, weekStart: true } });
  if (!org || !kpiIds.length) return 0;
  const today = todayIn(org.timeZone, now);
  const [kpis, series] = await Promise.all([
    db.kpi.findMany({
      where: { orgId, id: { in: kpiIds }, archivedAt: null },
      select: { id: true, name: true, cadence: true, direction: true, endDate: true, targets: { orderBy: { effectiveFrom: "asc" } } },
    }),
    recentSeries(db, orgId, kpiIds),
  ]);
  const found: { kpiId: string; kind: "forecast_miss" | "process_signal"; title: string; body: string; key: string }[] = [];
  for (const kpi of kpis) {
    const target = targetFor(toTargetEntries(kpi.targets), today);
    const text = (value: number | null) => (value === null ? null : formatPlainNumber(value));
    const { forecast, signal } = analyseListRow(
      { cadence: kpi.cadence, direction: kpi.direction, endDate: isoDateOrNull(kpi.endDate), target: target ? { target: text(target.target), targetMin: text(target.targetMin), targetMax: text(target.targetMax) } : null },
      series.get(kpi.id) ?? [],
      today,
      org.weekStart,
    );
    if (forecast.verdict === "likely_to_miss" && forecast.period) {
      const period = periodLabel(forecast.period, kpi.cadence, org.weekStart);
      const pace = forecast.value === null ? "" : ` At this pace it ends ${period} near ${formatPlainNumber(Number(forecast.value.toFixed(4)))}.`;
      found.push({ kpiId: kpi.id, kind: "forecast_miss", title: `${kpi.name} is likely to miss its target`, body: `The forecast for ${period} is a miss.${pace}`, key: `forecast_miss:${kpi.id}:${forecast.period}` });
    }
    if (signal.kind === "signal") {
      found.push({ kpiId: kpi.id, kind: "process_signal", title: `${kpi.name} shows a signal`, body: `${signal.text}: more than routine variation.`, key: `process_signal:${kpi.id}:${signal.text}:${signal.since ?? ""}` });
    }
  }
  if (!found.length) return 0;
  return db.$transaction(async (tx) => {
    const followers = await followersOf(tx, orgId, [...new Set(found.map((alert) => alert.kpiId))]);
    const notices: Notice[] = found.flatMap((alert) =>
      (followers.get(alert.kpiId) ?? [])
        .filter((membershipId) => membershipId !== actorMembershipId)
        .map((membershipId) => ({ recipientMembershipId: membershipId, kind: alert.kind, title: alert.title, body: alert.body, link: `/kpis/${alert.kpiId}`, kpiId: alert.kpiId, dedupeKey: alert.key })),
    );
    return notify(tx, orgId, notices);
  });
}

export function analysisAlertsHandler(db: PrismaClient, clock: () => Date = () => new Date()): JobHandler {
  return {
    async run(job) {
      const payload = job.payload as Partial<Payload> | null;
      if (!job.orgId || !Array.isArray(payload?.kpiIds)) return;
      await sendAnalysisAlerts(db, job.orgId, { kpiIds: payload.kpiIds.filter((id): id is string => typeof id === "string"), actorMembershipId: payload.actorMembershipId ?? null }, clock());
    },
  };
}
