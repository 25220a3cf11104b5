import type { BriefingScope, BriefingSummary, Cadence, DurationUnit, ForecastVerdict, KpiDirection, KpiStatus, KpiUnit, SignalKind, StatusChangeWithDecimalText, TargetEntry } from "@tally/domain";

/** One period of a KPI's chart: its value as exact text and as a number, and the target in force then. */
export interface BriefingPoint {
  periodStart: string;
  value: string;
  target: TargetEntry | null;
}

export interface BriefingAction {
  id: string;
  title: string;
  ownerName: string;
  dueDate: string;
  /** Past its due day on the organization's today. */
  overdue: boolean;
}

export interface BriefingKpi {
  id: string;
  name: string;
  code: string | null;
  unit: KpiUnit;
  currency: string | null;
  durationUnit: DurationUnit | null;
  decimals: number;
  direction: KpiDirection;
  cadence: Cadence;
  ownerName: string;
  teamName: string | null;
  status: KpiStatus;
  /** The newest value with its period, and the target in force for that period. */
  latest: { periodStart: string; value: string } | null;
  target: TargetEntry | null;
  /** For an overdue KPI: the period it lacks and the day it became overdue. */
  missing: { periodStart: string; overdueSince: string } | null;
  /** The newest recorded change of status with its cause, for the explanation of a status that needs none. */
  lastChange: StatusChangeWithDecimalText | null;
  /** The last twelve values, oldest first, each with its target: the chart. */
  points: BriefingPoint[];
  /** The latest value against the one before it. */
  change: { previousPeriodStart: string; delta: number } | null;
  forecast: { verdict: ForecastVerdict; period: string | null; value: number | null };
  signal: { kind: SignalKind; text: string };
  /** Open corrective actions on the KPI, soonest due first. */
  actions: BriefingAction[];
}

export interface BriefingCover {
  orgName: string;
  orgSlug: string;
  scope: BriefingScope;
  /** "Acme", "Team Sales", "Objective Grow revenue". */
  title: string;
  /** The organization's today the statuses are judged on. */
  today: string;
  generatedAt: string;
  weekStart: number;
  /** The reader's format, the organization's time zone and currency: how every number and date is written. */
  format: { locale: string; timeZone: string; currency: string };
}

/** Everything a briefing pack shows, for the PDF and the print page alike. */
export interface Briefing {
  cover: BriefingCover;
  summary: BriefingSummary;
  kpis: BriefingKpi[];
  /** KPIs left out because the pack stops at BRIEFING_MAX_KPIS; the KPI list has them all. */
  omitted: number;
}
