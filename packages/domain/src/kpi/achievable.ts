import { isAtMost } from "./compare";
import { formatPlainNumber as plain } from "./number-text";
import { periodStatus, targetSummary } from "./status";
import type { TargetEntry } from "./status";
import type { KpiDirection } from "./vocabulary";

/**
 * "Achievable", made precise. A target is a plausible stretch of a reference value (the baseline or
 * any recorded value) when closing the gap between them takes a change of at most 100% of the
 * reference's size:
 *   increase: target − reference ≤ |reference|  (from 40, up to 80)
 *   decrease: reference − target ≤ |reference|  (from 40, down to 0)
 *   range:    the distance from the reference to the nearest edge of the band ≤ |reference|
 *             (from 40, a band that reaches into [0, 80])
 * A reference that already meets the target always passes. A reference of 0 gives no scale for a
 * stretch, so from 0 only a target already met passes until recorded values supply one.
 * The check passes when at least one reference makes the target plausible.
 *
 * The room a reference leaves (|reference| − gap) falls and then rises as the reference grows, so the best
 * recorded value is always the lowest or the highest one: a caller may pass just those two instead of the whole
 * history, and the verdict is the same (achievable.test.ts checks it on random histories).
 */

export interface AchievableInput {
  direction: KpiDirection;
  currentTarget: TargetEntry | null;
  baseline: number | null;
  history: readonly number[];
}

export interface AchievableVerdict {
  passed: boolean;
  reason: string;
}

interface Reference {
  name: "baseline" | "best recorded value";
  value: number;
}

function hasTarget(direction: KpiDirection, entry: TargetEntry | null): entry is TargetEntry {
  if (!entry) return false;
  return direction === "range" ? entry.targetMin !== null && entry.targetMax !== null : entry.target !== null;
}

/** How far the reference is from meeting the target; 0 when it already does. */
function gapFrom(direction: KpiDirection, entry: TargetEntry, reference: number): number {
  if (direction === "increase") return Math.max(0, (entry.target ?? 0) - reference);
  if (direction === "decrease") return Math.max(0, reference - (entry.target ?? 0));
  return Math.max(0, (entry.targetMin ?? 0) - reference, reference - (entry.targetMax ?? 0));
}

function alreadyMeets(direction: KpiDirection, entry: TargetEntry, reference: number): boolean {
  return periodStatus(direction, reference, { ...entry, warning: null, tolerance: null }) === "on_track";
}

export function achievableCheck(input: AchievableInput): AchievableVerdict {
  const { direction, currentTarget: entry, baseline } = input;
  if (baseline === null) return { passed: false, reason: "No baseline: record where you start from." };
  if (!hasTarget(direction, entry)) {
    return { passed: false, reason: "No target yet: set one, so it can be compared with the baseline." };
  }

  const references: Reference[] = [
    { name: "baseline", value: baseline },
    ...input.history.filter(Number.isFinite).map((value): Reference => ({ name: "best recorded value", value })),
  ];
  // The reference with the most room to spare; the baseline wins ties so reasons name it when they can.
  const slack = (reference: Reference): number => Math.abs(reference.value) - gapFrom(direction, entry, reference.value);
  const best = references.reduce((chosen, next) => (slack(next) > slack(chosen) ? next : chosen));
  const summary = targetSummary(direction, entry);

  if (alreadyMeets(direction, entry, best.value)) {
    return { passed: true, reason: `The ${best.name} (${plain(best.value)}) already meets the target (${summary}).` };
  }
  if (isAtMost(gapFrom(direction, entry, best.value), Math.abs(best.value))) {
    return { passed: true, reason: `The target (${summary}) is within a plausible stretch of the ${best.name} (${plain(best.value)}).` };
  }
  if (references.every((reference) => reference.value === 0)) {
    return {
      passed: false,
      reason: "From a baseline of 0 there is nothing to measure a stretch against: record a few values, then set the target from them.",
    };
  }
  return { passed: false, reason: tooFar(direction, entry, best) };
}

function tooFar(direction: KpiDirection, entry: TargetEntry, reference: Reference): string {
  const r = reference.value;
  const step = Math.abs(r);
  const orRecord = "or record values that show more is within reach.";
  if (direction === "increase") {
    const what = r > 0 ? `more than double the ${reference.name}` : `more than a 100% step up from the ${reference.name}`;
    return `The target is ${what} (${plain(r)} → ${plain(entry.target ?? 0)}). Aim for at most ${plain(r + step)}, ${orRecord}`;
  }
  if (direction === "decrease") {
    const what = r > 0 ? `cuts more than the whole ${reference.name}` : `is more than a 100% step down from the ${reference.name}`;
    return `The target ${what} (${plain(r)} → ${plain(entry.target ?? 0)}). Aim for at least ${plain(r - step)}, ${orRecord}`;
  }
  const band = targetSummary(direction, entry);
  if (r < (entry.targetMin ?? 0)) {
    const what = r > 0 ? `more than double the ${reference.name}` : `more than a 100% step up from the ${reference.name}`;
    return `The target range starts ${what} (${plain(r)} → ${band}). Start it at ${plain(r + step)} or lower, ${orRecord}`;
  }
  const what = r > 0 ? `below 0 while the ${reference.name} is positive` : `more than a 100% step down from the ${reference.name}`;
  return `The target range ends ${what} (${plain(r)} → ${band}). End it at ${plain(r - step)} or higher, ${orRecord}`;
}
