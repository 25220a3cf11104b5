import { achievableCheck } from "./achievable";
import { formatIsoDate } from "./calendar";
import type { IsoDate } from "./calendar";
import { targetSummary } from "./status";
import type { TargetEntry } from "./status";
import { CADENCE_LABELS, KPI_UNIT_LABELS } from "./vocabulary";
import type { Cadence, KpiDirection, KpiUnit } from "./vocabulary";

export const SMART_KEYS = ["specific", "measurable", "achievable", "relevant", "timeBound"] as const;
export type SmartKey = (typeof SMART_KEYS)[number];

export const SMART_LABELS: Readonly<Record<SmartKey, string>> = {
  specific: "Specific",
  measurable: "Measurable",
  achievable: "Achievable",
  relevant: "Relevant",
  timeBound: "Time-bound",
};

/** Long enough to say what is counted and how; shorter text is usually just the name again. */
export const SMART_MIN_DESCRIPTION_LENGTH = 20;

export interface SmartResult {
  key: SmartKey;
  label: string;
  passed: boolean;
  reason: string;
}

export interface SmartInput {
  description: string;
  hasOwner: boolean;
  unit: KpiUnit | null;
  direction: KpiDirection;
  currentTarget: TargetEntry | null;
  baseline: number | null;
  /** Values recorded so far, in any order. */
  history: readonly number[];
  objectiveCount: number;
  cadence: Cadence | null;
  endDate: IsoDate | null;
}

function result(key: SmartKey, passed: boolean, reason: string): SmartResult {
  return { key, label: SMART_LABELS[key], passed, reason };
}

function specific(input: SmartInput): SmartResult {
  const described = input.description.trim().length >= SMART_MIN_DESCRIPTION_LENGTH;
  const describe = `describe what is measured and how in at least ${SMART_MIN_DESCRIPTION_LENGTH} characters`;
  if (!described && !input.hasOwner) return result("specific", false, `No description and no owner: ${describe}, and choose an owner.`);
  if (!described) return result("specific", false, `The description is too short: ${describe}.`);
  if (!input.hasOwner) return result("specific", false, "No owner: choose the person who answers for this KPI.");
  return result("specific", true, "It says what is measured and how, and has an owner who answers for it.");
}

function hasTarget(input: SmartInput): boolean {
  const entry = input.currentTarget;
  if (!entry) return false;
  return input.direction === "range" ? entry.targetMin !== null && entry.targetMax !== null : entry.target !== null;
}

function measurable(input: SmartInput): SmartResult {
  const missingTarget = input.direction === "range" ? "set a minimum and a maximum" : "set a target value";
  if (!input.unit && !hasTarget(input)) return result("measurable", false, `No unit and no target: choose a unit and ${missingTarget}.`);
  if (!input.unit) return result("measurable", false, "No unit: choose one, so values can be read and compared.");
  if (!hasTarget(input)) return result("measurable", false, `No target: ${missingTarget} to measure against.`);
  const target = targetSummary(input.direction, input.currentTarget);
  return result("measurable", true, `It has a unit (${KPI_UNIT_LABELS[input.unit]}) and a target (${target}) to measure against.`);
}

function relevant(input: SmartInput): SmartResult {
  const count = input.objectiveCount;
  if (count < 1) return result("relevant", false, "Not linked to an objective: link it to the objective it serves.");
  return result("relevant", true, `It serves ${count} ${count === 1 ? "objective" : "objectives"}.`);
}

function timeBound(input: SmartInput): SmartResult {
  const { cadence, endDate } = input;
  if (!cadence && !endDate) {
    return result("timeBound", false, "No cadence and no end date: choose how often values are due and by when the target must be met.");
  }
  if (!cadence) return result("timeBound", false, "No cadence: choose how often values are due.");
  if (!endDate) return result("timeBound", false, "No end date: set the date by which the target must be met.");
  return result("timeBound", true, `Values are due ${CADENCE_LABELS[cadence].toLowerCase()} until ${formatIsoDate(endDate)}.`);
}

/** The five SMART checks of PRODUCT §3, in S-M-A-R-T order, each with a reason a user can act on. */
export function smartCheck(input: SmartInput): SmartResult[] {
  const achievable = achievableCheck(input);
  return [
    specific(input),
    measurable(input),
    result("achievable", achievable.passed, achievable.reason),
    relevant(input),
    timeBound(input),
  ];
}

export function smartScore(results: readonly SmartResult[]): number {
  return results.filter((check) => check.passed).length;
}
