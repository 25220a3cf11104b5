import { capabilitySentence, signalVerdict, XMR_MIN_VALUES, type Cadence, type KpiDirection, type XmrRule } from "@tally/domain";
import type { Formatter } from "@/lib/format";
import { formatKpiNumber, type KpiValueFormat } from "../format-value";
import type { KpiAnalysis } from "./types";

export const RULE_LABELS: Readonly<Record<XmrRule, string>> = {
  beyond_limit: "beyond a limit",
  shift: "8 in a row on one side",
  trend: "6 rising or falling",
  two_of_three: "2 of 3 near a limit",
};

export interface SignalWords {
  verdict: string;
  capability: string | null;
  baseline: string | null;
}

/** The process behaviour analysis in sentences: the verdict, where the target lies, and the baseline used. */
export function signalWords(analysis: KpiAnalysis, direction: KpiDirection, cadence: Cadence, format: KpiValueFormat, formatter: Formatter): SignalWords {
  const xmr = analysis.xmr;
  const periodLabel = (start: string) => formatter.formatPeriod(start, cadence);
  if (!xmr) {
    return {
      verdict: `Not enough values yet: telling signal from noise needs at least ${XMR_MIN_VALUES}, this KPI has ${analysis.valueCount}.`,
      capability: null,
      baseline: null,
    };
  }
  const verdict = signalVerdict(xmr, xmr.periods, periodLabel);
  const text = verdict.text.charAt(0).toUpperCase() + verdict.text.slice(1);
  const baselineEnd = xmr.periods[xmr.baseline - 1]!;
  const capability = capabilitySentence(xmr, direction, xmr.target, (value) => formatKpiNumber(value, format, formatter));
  // Limits describe a predictable process; after a signal they describe the process as it was in the baseline.
  const caveat = verdict.kind === "signal" ? " The signal means the process has changed since the baseline, so this describes it as it was." : "";
  return {
    verdict: `${text}.`,
    capability: `${capability}${caveat}`,
    baseline: `Centre line and limits from the ${xmr.baseline} values ${periodLabel(xmr.periods[0]!)} to ${periodLabel(baselineEnd)}; average moving range ${formatKpiNumber(xmr.averageMovingRange, format, formatter)}.`,
  };
}
