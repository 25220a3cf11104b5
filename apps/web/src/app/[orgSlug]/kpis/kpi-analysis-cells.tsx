import { FORECAST_VERDICT_LABELS, type ForecastVerdict } from "@tally/domain";
import { formatKpiNumber } from "@/components/kpi/format-value";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Formatter } from "@/lib/format";
import { listItemFormat, type KpiListItem } from "./kpi-display";

const VERDICT_TONES: Record<ForecastVerdict, BadgeTone> = {
  likely_to_meet: "success",
  likely_to_miss: "danger",
  too_close_to_call: "warning",
  not_enough_data: "neutral",
};

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Likely to miss" and the projected value for the current period, as the KPI page's forecast has it. */
export function ForecastCell({ kpi, formatter }: { kpi: KpiListItem; formatter: Formatter }) {
  const { verdict, period, value } = kpi.forecast;
  return (
    <span className="whitespace-nowrap">
      <Badge tone={VERDICT_TONES[verdict]}>{sentenceCase(FORECAST_VERDICT_LABELS[verdict])}</Badge>
      {period && value !== null && (
        <span className="block text-xs text-slate-500">
          ≈ {formatKpiNumber(value, listItemFormat(kpi), formatter)} in {formatter.formatPeriod(period, kpi.cadence)}
        </span>
      )}
    </span>
  );
}

/** "Routine variation" or "Signal: shift up since Jun 2026", from the XmR rules over the same values. */
export function SignalCell({ kpi }: { kpi: KpiListItem }) {
  const { kind, text } = kpi.signal;
  if (kind === "signal") return <Badge tone="brand">{sentenceCase(text)}</Badge>;
  return <span className={kind === "routine_variation" ? "text-slate-700" : "text-xs text-slate-500"}>{sentenceCase(text)}</span>;
}
