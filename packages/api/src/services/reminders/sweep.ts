import type { Cadence, PrismaClient, ReminderStage } from "@tally/db";
import { reachedReminderStages, recentPeriods, todayIn } from "@tally/domain";
import { textArray } from "../sql-arrays";
import { dateFromIso, isoDate, isoDateOrNull } from "../kpi/decimal";
import { remindersToAnnounce, type RecordedReminder } from "./announce";
import { reminderRecipients } from "./recipients";
import { notify } from "../notifications/notify";

interface SweepOrganization {
  id: string;
  timeZone: string;
  weekStart: number;
  escalateToLeadsAfterDays: number;
  escalateToAdminsAfterDays: number;
}

export interface ReminderSweepReport {
  organizations: number;
  /** Reminder stages this sweep recorded (each once, whatever other sweeps run). */
  recorded: number;
  notified: number;
}

/**
 * Records and announces every reminder stage reached at `now` by a missing value, organization by organization.
 * Each (KPI, period, stage) is a KpiReminder row inserted with ON CONFLICT DO NOTHING, and only the rows this call
 * inserted are announced, in the same transaction: a sweep that runs twice, after a restart, or on two instances
 * at once tells each person once.
 */
export async function reminderSweep(db: PrismaClient, now: Date): Promise<ReminderSweepReport> {
  const organizations = await db.organization.findMany({
    select: { id: true, timeZone: true, weekStart: true, escalateToLeadsAfterDays: true, escalateToAdminsAfterDays: true },
  });
  const report: ReminderSweepReport = { organizations: organizations.length, recorded: 0, notified: 0 };
  for (const org of organizations) {
    const outcome = await sweepOrganization(db, org, now);
    report.recorded += outcome.recorded;
    report.notified += outcome.notified;
  }
  return report;
}

async function sweepOrganization(db: PrismaClient, org: SweepOrganization, now: Date): Promise<{ recorded: number; notified: number }> {
  const today = todayIn(org.timeZone, now);
  const settings = { leadsAfterDays: org.escalateToLeadsAfterDays, adminsAfterDays: org.escalateToAdminsAfterDays };
  const kpis = await db.kpi.findMany({
    where: { orgId: org.id, archivedAt: null, formula: null, startDate: { lte: dateFromIso(today) } },
    select: { id: true, cadence: true, startDate: true, endDate: true },
  });
  const candidates = kpis.flatMap((kpi) =>
    recentPeriods({ cadence: kpi.cadence, startDate: isoDate(kpi.startDate), endDate: isoDateOrNull(kpi.endDate), today, weekStart: org.weekStart }).flatMap((period) =>
      reachedReminderStages(period, kpi.cadence as Cadence, org.weekStart, today, settings).map((stage) => ({ kpiId: kpi.id, period, stage })),
    ),
  );
  if (!candidates.length) return { recorded: 0, notified: 0 };
  return db.$transaction(async (tx) => {
    const kpiIds = [...new Set(candidates.map((candidate) => candidate.kpiId))];
    const recipients = await reminderRecipients(tx, org.id, kpiIds);
    // Only periods still without a value; a value recorded stops the stages that remain.
    const recorded = await tx.$queryRaw<RecordedReminder[]>`
      INSERT INTO "KpiReminder" ("orgId", "kpiId", "periodStart", "stage", "recipients", "sentAt")
      SELECT ${org.id}, c.kpi_id, c.period, c.stage::"ReminderStage", c.recipients, (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      FROM unnest(
        ${textArray(candidates.map((candidate) => candidate.kpiId))}::text[],
        ${textArray(candidates.map((candidate) => candidate.period))}::date[],
        ${textArray(candidates.map((candidate) => candidate.stage))}::text[],
        ${textArray(candidates.map((candidate) => JSON.stringify(recipients.forStage(candidate.kpiId, candidate.stage))))}::jsonb[]
      ) AS c(kpi_id, period, stage, recipients)
      WHERE NOT EXISTS (
        SELECT 1 FROM "CheckIn" ci WHERE ci."orgId" = ${org.id} AND ci."kpiId" = c.kpi_id AND ci."periodStart" = c.period
      )
      ON CONFLICT ("orgId", "kpiId", "periodStart", "stage") DO NOTHING
      RETURNING "kpiId", "periodStart", "stage"::text AS "stage"`;
    if (!recorded.length) return { recorded: 0, notified: 0 };
    const notices = remindersToAnnounce(recorded, recipients, { weekStart: org.weekStart, settings });
    const notified = await notify(tx, org.id, notices);
    return { recorded: recorded.length, notified };
  });
}

export type { ReminderStage };
