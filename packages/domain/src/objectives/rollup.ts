import { KPI_STATUSES, PERIOD_STATUSES, type KpiDirection, type KpiStatus } from "../kpi/vocabulary";
import { progressToward } from "../kpi/status";

export type StatusWeights = Record<KpiStatus, number>;

export interface WeightedHealth {
  /** Each status's share of the whole linked weight; they sum to 1. Null when nothing is linked. */
  shares: StatusWeights | null;
  /**
   * The weighted share on track among the KPIs that can be judged. A KPI not yet due (no data) cannot be judged
   * and is left out; an overdue one counts against the objective, because missing data is never quiet. Null
   * when no KPI can be judged.
   */
  onTrack: number | null;
  /** The weight that is judged (everything but no data) and the whole weight. */
  judgedWeight: number;
  totalWeight: number;
}

function assertWeight(weight: number) {
  if (!Number.isFinite(weight) || weight < 0) throw new Error(`A weight is a finite number of at least 0, not ${weight}.`);
}

export function emptyStatusWeights(): StatusWeights {
  return Object.fromEntries(KPI_STATUSES.map((status) => [status, 0])) as StatusWeights;
}

/** The health of weight spread over the statuses: what an objective shows now, and for each past month. */
export function weightedHealth(weights: StatusWeights): WeightedHealth {
  for (const status of KPI_STATUSES) assertWeight(weights[status]);
  const totalWeight = KPI_STATUSES.reduce((sum, status) => sum + weights[status], 0);
  const judgedWeight = totalWeight - weights.no_data;
  return {
    shares: totalWeight > 0 ? (Object.fromEntries(KPI_STATUSES.map((status) => [status, weights[status] / totalWeight])) as StatusWeights) : null,
    onTrack: judgedWeight > 0 ? weights.on_track / judgedWeight : null,
    judgedWeight,
    totalWeight,
  };
}

/** What the roll-up needs of one linked KPI. */
export interface RollupLink {
  /** More than 0. */
  weight: number;
  status: KpiStatus;
  /** How far its latest value has come toward the target (see `linkProgress`); null when not measurable. */
  progress: number | null;
}

export interface ObjectiveRollup extends WeightedHealth {
  linkCount: number;
  /**
   * The weighted mean progress toward target of the KPIs whose latest value is current (on track, at risk or
   * off track) and measurable, each capped to 0…1 so that one KPI far past its target cannot hide another far
   * behind. Overdue KPIs are left out: their last value is not current. Null when no KPI qualifies.
   */
  progress: number | null;
  /** The share of the whole weight that `progress` covers, so a reader knows how much it speaks for. */
  progressCoverage: number | null;
}

const CURRENT: ReadonlySet<KpiStatus> = new Set(PERIOD_STATUSES);

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** An objective's roll-up over its linked KPIs: weighted health, the weighted share on track and progress. */
export function objectiveRollup(links: readonly RollupLink[]): ObjectiveRollup {
  const weights = emptyStatusWeights();
  let progressWeight = 0;
  let progressSum = 0;
  for (const link of links) {
    if (!Number.isFinite(link.weight) || link.weight <= 0) throw new Error(`A link's weight is more than 0, not ${link.weight}.`);
    weights[link.status] += link.weight;
    if (link.progress !== null && Number.isFinite(link.progress) && CURRENT.has(link.status)) {
      progressWeight += link.weight;
      progressSum += link.weight * clamp01(link.progress);
    }
  }
  const health = weightedHealth(weights);
  return {
    ...health,
    linkCount: links.length,
    progress: progressWeight > 0 ? progressSum / progressWeight : null,
    progressCoverage: health.totalWeight > 0 ? progressWeight / health.totalWeight : null,
  };
}

export interface ProgressInput {
  direction: KpiDirection;
  value: number | null;
  baseline: number | null;
  target: number | null;
  targetMin: number | null;
  targetMax: number | null;
}

/**
 * How far a KPI's value has come from its baseline toward its target (0 at the baseline, 1 at the target).
 * A range KPI inside its range is at 1; outside it, progress is measured toward the nearer bound. Null without
 * a value, a baseline or a target, or when the baseline already is the target.
 */
export function linkProgress(input: ProgressInput): number | null {
  const { value, baseline } = input;
  if (value === null) return null;
  if (input.direction !== "range") return progressToward(value, baseline, input.target);
  if (input.targetMin === null || input.targetMax === null) return null;
  if (value >= input.targetMin && value <= input.targetMax) return 1;
  return progressToward(value, baseline, value < input.targetMin ? input.targetMin : input.targetMax);
}
