import type { NotificationKind, ReminderStage } from "@tally/db";
import { periodDeadlines, periodLabel, stagesToAnnounce, type EscalationSettings } from "@tally/domain";
import { isoDate } from "../kpi/decimal";
import type { Notice } from "../notifications/notify";
import type { ReminderRecipients } from "./recipients";

export interface RecordedReminder {
  kpiId: string;
  periodStart: Date;
  stage: ReminderStage;
}

const KIND_OF_STAGE: Record<ReminderStage, NotificationKind> = {
  due: "value_due",
  overdue: "value_overdue",
  escalated_to_leads: "value_escalated",
  escalated_to_admins: "value_escalated",
};

function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** The notifications for the stages a sweep has just recorded: one per stage worth announcing and person told. */
export function remindersToAnnounce(
  recorded: readonly RecordedReminder[],
  recipients: ReminderRecipients,
  { weekStart, settings }: { weekStart: number; settings: EscalationSettings },
): Notice[] {
  const byPeriod = new Map<string, { kpiId: string; period: string; stages: ReminderStage[] }>();
  for (const row of recorded) {
    const period = isoDate(row.periodStart);
    const key = `${row.kpiId}:${period}`;
    const entry = byPeriod.get(key) ?? { kpiId: row.kpiId, period, stages: [] };
    entry.stages.push(row.stage);
    byPeriod.set(key, entry);
  }
  const notices: Notice[] = [];
  for (const { kpiId, period, stages } of byPeriod.values()) {
    const kpi = recipients.kpi(kpiId);
    if (!kpi) continue;
    const label = periodLabel(period, kpi.cadence, weekStart);
    const deadlines = periodDeadlines(period, kpi.cadence, weekStart, settings);
    for (const stage of stagesToAnnounce(stages)) {
      const { title, body } = reminderText(stage, kpi.name, label, deadlines.overdueOn);
      for (const membershipId of recipients.forStage(kpiId, stage)) {
        notices.push({
          recipientMembershipId: membershipId,
          kind: KIND_OF_STAGE[stage],
          title,
          body,
          link: `/kpis/${kpiId}`,
          kpiId,
          dedupeKey: `reminder:${kpiId}:${period}:${stage}`,
        });
      }
    }
  }
  return notices;
}

function reminderText(stage: ReminderStage, kpiName: string, periodLabel: string, overdueOn: string): { title: string; body: string } {
  switch (stage) {
    case "due":
      return { title: `${kpiName}: the value for ${periodLabel} is due`, body: `Record it before ${formatDay(overdueOn)}, when it becomes overdue.` };
    case "overdue":
      return { title: `${kpiName}: the value for ${periodLabel} is overdue`, body: "It was due after the period ended. Record it now, or ask a contributor to." };
    case "escalated_to_leads":
      return { title: `${kpiName}: the value for ${periodLabel} is still missing`, body: "It is overdue and its owner has been reminded. As a lead of its team, please follow up." };
    case "escalated_to_admins":
      return { title: `${kpiName}: the value for ${periodLabel} is long overdue`, body: "Its owner and its team's leads have been reminded and it is still missing." };
  }
}
