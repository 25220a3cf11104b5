import type { FeedKpi } from "../services/kpi/feed";

/** A KPI on the wire: names in snake_case, decimals as strings, dates as YYYY-MM-DD. */
export function kpiToWire(kpi: FeedKpi) {
  return {
    id: kpi.id,
    code: kpi.code,
    name: kpi.name,
    description: kpi.description,
    category: kpi.category,
    unit: kpi.unit,
    currency: kpi.currency,
    duration_unit: kpi.durationUnit,
    decimals: kpi.decimals,
    direction: kpi.direction,
    cadence: kpi.cadence,
    start_date: kpi.startDate,
    end_date: kpi.endDate,
    visibility: kpi.visibility,
    team: kpi.team,
    calculated: kpi.calculated,
    archived: kpi.archived,
    status: kpi.status,
    latest: kpi.latest ? { period_start: kpi.latest.periodStart, value: kpi.latest.value } : null,
    target: kpi.target
      ? {
          effective_from: kpi.target.effectiveFrom,
          target: kpi.target.target,
          target_min: kpi.target.targetMin,
          target_max: kpi.target.targetMax,
          warning: kpi.target.warning,
          tolerance: kpi.target.tolerance,
        }
      : null,
    updated_at: kpi.updatedAt.toISOString(),
  };
}

export interface ValueRow {
  periodStart: string;
  periodEnd: string;
  value: string;
  comment: string;
  source: "manual" | "import" | "api" | "formula";
  status: "on_track" | "at_risk" | "off_track" | null;
  recordedAt: Date;
}

export function valueToWire(kpiId: string, value: ValueRow) {
  return {
    kpi_id: kpiId,
    period_start: value.periodStart,
    period_end: value.periodEnd,
    value: value.value,
    comment: value.comment,
    source: value.source,
    status: value.status,
    recorded_at: value.recordedAt.toISOString(),
  };
}
