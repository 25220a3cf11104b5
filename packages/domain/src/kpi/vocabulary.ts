/** The words of a KPI definition, in the order forms offer them. The database enums use the same values. */

export const KPI_UNITS = ["number", "percent", "currency", "duration", "ratio", "score"] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const DURATION_UNITS = ["hours", "days"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const KPI_DIRECTIONS = ["increase", "decrease", "range"] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const CADENCES = ["daily", "weekly", "monthly", "quarterly", "yearly"] as const;
export type Cadence = (typeof CADENCES)[number];

export const KPI_VISIBILITIES = ["organization", "restricted"] as const;
export type KpiVisibility = (typeof KPI_VISIBILITIES)[number];

/** The status of one period that has a value. */
export const PERIOD_STATUSES = ["on_track", "at_risk", "off_track"] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** The status of a KPI as a whole: its latest period's status, unless values are missing. */
export const KPI_STATUSES = ["on_track", "at_risk", "off_track", "overdue", "no_data"] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export const KPI_UNIT_LABELS: Readonly<Record<KpiUnit, string>> = {
  number: "Number",
  percent: "Percent",
  currency: "Currency",
  duration: "Duration",
  ratio: "Ratio",
  score: "Score",
};

export const DURATION_UNIT_LABELS: Readonly<Record<DurationUnit, string>> = {
  hours: "Hours",
  days: "Days",
};

export const KPI_DIRECTION_LABELS: Readonly<Record<KpiDirection, string>> = {
  increase: "Higher is better",
  decrease: "Lower is better",
  range: "Stay within a range",
};

export const CADENCE_LABELS: Readonly<Record<Cadence, string>> = {
  daily: "Daily",
  weekly: "Weekly",
  monthly: "Monthly",
  quarterly: "Quarterly",
  yearly: "Yearly",
};

export const KPI_STATUS_LABELS: Readonly<Record<KpiStatus, string>> = {
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
  overdue: "Overdue",
  no_data: "No data",
};

export const KPI_VISIBILITY_LABELS: Readonly<Record<KpiVisibility, string>> = {
  organization: "Everyone in the organization",
  restricted: "Restricted",
};
