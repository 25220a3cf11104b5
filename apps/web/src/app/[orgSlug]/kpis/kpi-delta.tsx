import { formatKpiValue } from "@/components/kpi/format-value";
import type { Formatter } from "@/lib/format";
import { listItemFormat, type KpiListItem } from "./kpi-display";

type Delta = KpiListItem["deltas"]["previous"];

type Sign = "+" | "-" | "";

/** "+10" or "−2.5": a change always shows its sign, so "no change" and "up" never look alike. */
function signed(sign: Sign, text: string): string {
  return sign === "-" ? `\u2212${text}` : `${sign}${text}`;
}

/**
 * The latest value's change against an earlier period: the difference in the KPI's unit, the share of the
 * earlier value (not for percentages, whose difference already reads as points) and the period compared with.
 */
export function KpiDelta({ kpi, delta, formatter }: { kpi: KpiListItem; delta: Delta; formatter: Formatter }) {
  if (!delta) {
    return (
      <span className="text-slate-400" title="No value to compare with">
        —<span className="sr-only">no value to compare with</span>
      </span>
    );
  }
  const change = formatKpiValue(delta.change.replace(/^-/, ""), listItemFormat(kpi), formatter);
  const sign: Sign = delta.change.startsWith("-") ? "-" : delta.change === "0" ? "" : "+";
  const percent = kpi.unit !== "percent" && delta.percent !== null ? formatter.formatPercent(delta.percent.replace(/^-/, ""), { decimals: 1 }) : null;
  return (
    <span className="whitespace-nowrap">
      <span className="tabular-nums text-slate-900">{signed(sign, change)}</span>
      {percent && <span className="ml-1 text-xs tabular-nums text-slate-600">({signed(sign, percent)})</span>}
      <span className="block text-xs text-slate-500">vs {formatter.formatPeriod(delta.periodStart, kpi.cadence)}</span>
    </span>
  );
}
