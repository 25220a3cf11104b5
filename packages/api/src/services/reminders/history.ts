import type { PrismaClient, ReminderStage } from "@tally/db";
import { periodLabel } from "@tally/domain";
import type { OrgActor } from "../actor";
import { isoDate } from "../kpi/decimal";
import { authorizeKpi } from "../kpi/scope";

export interface SentReminder {
  periodStart: string;
  periodLabel: string;
  stage: ReminderStage;
  sentAt: Date;
  /** The names of the members told, as they are now. */
  told: string[];
}

/** How many reminder rows a KPI page lists: the newest, about a year of monthly periods with every stage. */
const REMINDER_HISTORY_LIMIT = 50;

/** The reminders sent about a KPI's missing values, newest first: part of its history. */
export async function sentReminders(db: PrismaClient, actor: OrgActor, kpiId: string): Promise<SentReminder[]> {
  await authorizeKpi(db, actor.orgId, actor, kpiId, "kpi.view");
  const [kpi, rows] = await Promise.all([
    db.kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: actor.orgId, id: kpiId } }, select: { cadence: true } }),
    db.kpiReminder.findMany({
      where: { orgId: actor.orgId, kpiId },
      orderBy: [{ sentAt: "desc" }, { periodStart: "desc" }],
      take: REMINDER_HISTORY_LIMIT,
      select: { periodStart: true, stage: true, sentAt: true, recipients: true },
    }),
  ]);
  const ids = [...new Set(rows.flatMap((row) => membershipIdsOf(row.recipients)))];
  const members = ids.length
    ? await db.membership.findMany({ where: { orgId: actor.orgId, id: { in: ids } }, select: { id: true, user: { select: { name: true, email: true } } } })
    : [];
  const nameOf = new Map(members.map((member) => [member.id, member.user.name || member.user.email]));
  return rows.map((row) => {
    const periodStart = isoDate(row.periodStart);
    return {
      periodStart,
      periodLabel: periodLabel(periodStart, kpi.cadence, actor.weekStart),
      stage: row.stage,
      sentAt: row.sentAt,
      told: membershipIdsOf(row.recipients).map((id) => nameOf.get(id) ?? "A former member"),
    };
  });
}

function membershipIdsOf(recipients: unknown): string[] {
  return Array.isArray(recipients) ? recipients.filter((id): id is string => typeof id === "string") : [];
}
