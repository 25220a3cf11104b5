import { addDays, compareIsoDates, toDayNumber, type IsoDate } from "../kpi/calendar";
import { DEFAULT_GRACE_DAYS, periodEnd } from "../kpi/periods";
import type { Cadence } from "../kpi/vocabulary";

/** How far the reminders about one missing period go, in order. */
export const REMINDER_STAGES = ["due", "overdue", "escalated_to_leads", "escalated_to_admins"] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

export const REMINDER_STAGE_LABELS: Record<ReminderStage, string> = {
  due: "Due",
  overdue: "Overdue",
  escalated_to_leads: "Escalated to team leads",
  escalated_to_admins: "Escalated to admins and executives",
};

export const DEFAULT_ESCALATE_TO_LEADS_AFTER_DAYS = 7;
export const DEFAULT_ESCALATE_TO_ADMINS_AFTER_DAYS = 14;
export const MAX_ESCALATION_DAYS = 365;

/**
 * A period overdue for longer than the whole chain plus this margin is left alone: reminders are about what can
 * still be caught up, and a KPI with years of gaps, or a first sweep after an upgrade, must not flood anyone.
 */
export const REMINDER_LOOKBACK_MARGIN_DAYS = 7;

export interface EscalationSettings {
  /** Days overdue before the KPI's team leads are told. */
  leadsAfterDays: number;
  /** Further days overdue, after the leads, before admins and executives are told. */
  adminsAfterDays: number;
  graceDays?: number;
}

export interface PeriodDeadlines {
  /** The first day the value is due: the day after the period ends. */
  dueOn: IsoDate;
  /** The first day it is overdue: after the grace days. */
  overdueOn: IsoDate;
  escalateToLeadsOn: IsoDate;
  escalateToAdminsOn: IsoDate;
}

/** The days on which a missing period's value reaches each stage. */
export function periodDeadlines(period: IsoDate, cadence: Cadence, weekStart: number, settings: EscalationSettings): PeriodDeadlines {
  const dueOn = addDays(periodEnd(period, cadence, weekStart), 1);
  const overdueOn = addDays(dueOn, settings.graceDays ?? DEFAULT_GRACE_DAYS);
  const escalateToLeadsOn = addDays(overdueOn, settings.leadsAfterDays);
  return { dueOn, overdueOn, escalateToLeadsOn, escalateToAdminsOn: addDays(escalateToLeadsOn, settings.adminsAfterDays) };
}

/**
 * The stages a missing period has reached on `today`, in order; empty before it is due, and empty again once it
 * has been overdue past the whole chain and the look-back margin.
 */
export function reachedReminderStages(period: IsoDate, cadence: Cadence, weekStart: number, today: IsoDate, settings: EscalationSettings): ReminderStage[] {
  const deadlines = periodDeadlines(period, cadence, weekStart, settings);
  if (toDayNumber(today) - toDayNumber(deadlines.escalateToAdminsOn) > REMINDER_LOOKBACK_MARGIN_DAYS) return [];
  const reached: [ReminderStage, IsoDate][] = [
    ["due", deadlines.dueOn],
    ["overdue", deadlines.overdueOn],
    ["escalated_to_leads", deadlines.escalateToLeadsOn],
    ["escalated_to_admins", deadlines.escalateToAdminsOn],
  ];
  return reached.filter(([, day]) => compareIsoDates(day, today) <= 0).map(([stage]) => stage);
}

/**
 * Of the stages a sweep has just recorded for one period, those worth telling people about: each escalation
 * goes to its own audience, but owners and contributors hear only the latest of "due" and "overdue" — a first
 * sweep that finds a period already overdue says so once instead of twice.
 */
export function stagesToAnnounce(recorded: readonly ReminderStage[]): ReminderStage[] {
  const set = new Set(recorded);
  return REMINDER_STAGES.filter((stage) => set.has(stage) && !(stage === "due" && set.has("overdue")));
}
