import type { IsoDate } from "../kpi/calendar";
import { formatPlainNumber } from "../kpi/number-text";
import { targetSummary, type TargetEntry } from "../kpi/status";
import type { KpiDirection } from "../kpi/vocabulary";
import { XMR_RULES, type SignalDirection, type XmrResult, type XmrRule, type XmrSignal } from "./xmr";

/** Fewer values than this give limits too loose to separate signal from noise. */
export const XMR_MIN_VALUES = 6;

export type SignalKind = "routine_variation" | "signal" | "not_enough_data";

export interface SignalVerdict {
  kind: SignalKind;
  rule: XmrRule | null;
  direction: SignalDirection | null;
  /** The period where the reported signal starts. */
  since: IsoDate | null;
  text: string;
}

/**
 * The signal worth telling: the episode that reaches furthest into the present, and of those the one that
 * began earliest (it says since when), then by rule order (a point beyond a limit first).
 */
export function latestSignal(signals: readonly XmrSignal[]): XmrSignal | null {
  let best: XmrSignal | null = null;
  for (const signal of signals) {
    if (
      !best ||
      signal.end > best.end ||
      (signal.end === best.end && signal.start < best.start) ||
      (signal.end === best.end && signal.start === best.start && XMR_RULES.indexOf(signal.rule) < XMR_RULES.indexOf(best.rule))
    ) {
      best = signal;
    }
  }
  return best;
}

function signalText(signal: XmrSignal, label: string): string {
  switch (signal.rule) {
    case "beyond_limit":
      return `signal: ${signal.direction === "up" ? "above the upper" : "below the lower"} limit in ${label}`;
    case "shift":
      return `signal: shift ${signal.direction} since ${label}`;
    case "trend":
      return `signal: trend ${signal.direction} since ${label}`;
    case "two_of_three":
      return `signal: 2 of 3 points near the ${signal.direction === "up" ? "upper" : "lower"} limit since ${label}`;
  }
}

/**
 * "routine variation" or "signal: shift up since Jun 2026". `periods` are the analysed values' periods in
 * the same order; `periodLabel` turns one into words.
 */
export function signalVerdict(
  result: XmrResult | null,
  periods: readonly IsoDate[],
  periodLabel: (period: IsoDate) => string,
): SignalVerdict {
  if (!result || result.points.length < XMR_MIN_VALUES) {
    return {
      kind: "not_enough_data",
      rule: null,
      direction: null,
      since: null,
      text: `not enough values yet: telling signal from noise needs at least ${XMR_MIN_VALUES}`,
    };
  }
  if (periods.length !== result.points.length) {
    throw new Error(`Each analysed value needs its period: ${result.points.length} values, ${periods.length} periods.`);
  }
  const signal = latestSignal(result.signals);
  if (!signal) return { kind: "routine_variation", rule: null, direction: null, since: null, text: "routine variation" };
  const since = periods[signal.start]!;
  return { kind: "signal", rule: signal.rule, direction: signal.direction, since, text: signalText(signal, periodLabel(since)) };
}

export type TargetCapability = "met_consistently" | "missed_consistently" | "hit_and_miss" | "no_target";

export const TARGET_CAPABILITY_LABELS: Readonly<Record<TargetCapability, string>> = {
  met_consistently: "met consistently",
  missed_consistently: "missed consistently",
  hit_and_miss: "hit and miss",
  no_target: "no target",
};

/**
 * Where the target lies against the natural process limits: the process will meet a target it clears
 * with its whole routine range, miss one it never reaches, and hit and miss a target between its limits.
 */
export function targetCapability(result: XmrResult, direction: KpiDirection, target: TargetEntry | null): TargetCapability {
  const { lowerLimit: low, upperLimit: high } = result;
  switch (direction) {
    case "increase":
      if (!target || target.target === null) return "no_target";
      if (low >= target.target) return "met_consistently";
      return high < target.target ? "missed_consistently" : "hit_and_miss";
    case "decrease":
      if (!target || target.target === null) return "no_target";
      if (high <= target.target) return "met_consistently";
      return low > target.target ? "missed_consistently" : "hit_and_miss";
    case "range":
      if (!target || target.targetMin === null || target.targetMax === null) return "no_target";
      if (low >= target.targetMin && high <= target.targetMax) return "met_consistently";
      return high < target.targetMin || low > target.targetMax ? "missed_consistently" : "hit_and_miss";
  }
}

const WHERE: Readonly<Record<Exclude<TargetCapability, "no_target">, string>> = {
  met_consistently: "lies beyond them on the good side",
  missed_consistently: "lies beyond them on the bad side",
  hit_and_miss: "lies within their reach",
};

/** "The natural process limits run from 88.1 to 97.3. The target ≥ 95 lies within their reach: hit and miss." */
export function capabilitySentence(
  result: XmrResult,
  direction: KpiDirection,
  target: TargetEntry | null,
  format: (value: number) => string = formatPlainNumber,
): string {
  const capability = targetCapability(result, direction, target);
  const limits = `The natural process limits run from ${format(result.lowerLimit)} to ${format(result.upperLimit)}`;
  if (capability === "no_target") return `${limits}; there is no target to compare them with.`;
  return `${limits}. The target ${targetSummary(direction, target, format)} ${WHERE[capability]}: ${TARGET_CAPABILITY_LABELS[capability]}.`;
}
