import type { Briefing, BriefingKpi } from "@tally/api/briefing";
import { FORECAST_VERDICT_LABELS, KPI_STATUS_LABELS, attentionReason, describeStatusChange, statusChangeFromDecimalText } from "@tally/domain";
import { formatKpiNumber, formatKpiValue } from "@/components/kpi/format-value";
import type { Formatter } from "@/lib/format";

/** Why the KPI stands where it does: the attention reason for a status to look at, else its last change of status. */
export function explanationOf(kpi: BriefingKpi, formatter: Formatter, weekStart: number): string {
  const value = (number: number) => formatKpiNumber(number, kpi, formatter);
  if (kpi.status === "off_track" || kpi.status === "at_risk" || kpi.status === "overdue") {
    return attentionReason(
      {
        status: kpi.status,
        direction: kpi.direction,
        latest: kpi.latest ? { periodLabel: formatter.formatPeriod(kpi.latest.periodStart, kpi.cadence), value: Number(kpi.latest.value) } : null,
        target: kpi.target,
        missing: kpi.missing ? { periodLabel: formatter.formatPeriod(kpi.missing.periodStart, kpi.cadence), overdueSince: kpi.missing.overdueSince } : null,
      },
      { value, date: (date) => formatter.formatDate(date) },
    );
  }
  if (kpi.lastChange) {
    return describeStatusChange(statusChangeFromDecimalText(kpi.lastChange), { cadence: kpi.cadence, weekStart }, {
      value,
      period: (start, cadence) => formatter.formatPeriod(start, cadence),
      date: (date) => formatter.formatDate(date),
    });
  }
  return kpi.latest ? `Latest value ${formatKpiValue(kpi.latest.value, kpi, formatter)} for ${formatter.formatPeriod(kpi.latest.periodStart, kpi.cadence)}` : "No value recorded yet";
}

/** The facts line of a section: latest value, target, change against the period before and the forecast. */
export function factsOf(kpi: BriefingKpi, formatter: Formatter): { label: string; value: string }[] {
  const target = kpi.target
    ? kpi.direction === "range"
      ? `${kpi.target.targetMin === null ? "—" : formatKpiNumber(kpi.target.targetMin, kpi, formatter)} – ${kpi.target.targetMax === null ? "—" : formatKpiNumber(kpi.target.targetMax, kpi, formatter)}`
      : kpi.target.target === null
        ? "—"
        : formatKpiNumber(kpi.target.target, kpi, formatter)
    : "—";
  return [
    { label: "Status", value: KPI_STATUS_LABELS[kpi.status] },
    { label: "Latest", value: kpi.latest ? `${formatKpiValue(kpi.latest.value, kpi, formatter)} (${formatter.formatPeriod(kpi.latest.periodStart, kpi.cadence)})` : "—" },
    { label: "Target", value: target },
    { label: "Change", value: kpi.change ? `${kpi.change.delta >= 0 ? "+" : ""}${formatKpiNumber(kpi.change.delta, kpi, formatter)} vs ${formatter.formatPeriod(kpi.change.previousPeriodStart, kpi.cadence)}` : "—" },
    { label: "Forecast", value: FORECAST_VERDICT_LABELS[kpi.forecast.verdict] },
    { label: "Signal", value: kpi.signal.text },
  ];
}

export function shareText(briefing: Briefing, formatter: Formatter): string {
  const share = briefing.summary.onTrackShare;
  return share === null ? "No KPI is judged yet" : `${formatter.formatPercent(Math.round(share * 1000) / 10)} of judged KPIs on track`;
}
