import { attentionReason, type AttentionFacts, type ReasonFormat } from "../analysis/attention-reason";
import type { TargetEntry } from "../kpi/status";
import type { KpiDirection, KpiStatus } from "../kpi/vocabulary";

export interface ExplanationFacts {
  status: KpiStatus;
  direction: KpiDirection;
  latest: AttentionFacts["latest"];
  target: TargetEntry | null;
  missing: AttentionFacts["missing"];
}

function onTrackReason(facts: ExplanationFacts, format: ReasonFormat): string {
  if (!facts.latest) return "No value recorded yet";
  const { periodLabel, value } = facts.latest;
  const text = format.value(value);
  const target = facts.target;
  if (facts.direction === "range") {
    if (!target || target.targetMin === null || target.targetMax === null) return `${periodLabel}: ${text} has no range to be judged by`;
    return `${periodLabel}: ${text} is within ${format.value(target.targetMin)}–${format.value(target.targetMax)}`;
  }
  if (!target || target.target === null) return `${periodLabel}: ${text} has no target to be judged by`;
  return `${periodLabel}: ${text} meets the target ${format.value(target.target)}`;
}

/** One line that says why the KPI has its status, for every status: the dashboard's reason, and its plain counterpart. */
export function statusExplanation(facts: ExplanationFacts, format: ReasonFormat): string {
  if (facts.status === "off_track" || facts.status === "at_risk" || facts.status === "overdue") {
    return attentionReason({ status: facts.status, direction: facts.direction, latest: facts.latest, target: facts.target, missing: facts.missing }, format);
  }
  if (facts.status === "no_data") return "No value recorded yet";
  return onTrackReason(facts, format);
}
