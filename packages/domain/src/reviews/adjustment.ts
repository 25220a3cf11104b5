import { compareIsoDates } from "../kpi/calendar";
import type { TargetEntryInput } from "../kpi/target-schema";
import type { ReviewAdjustmentInput } from "./schemas";

/** The parts of a KPI's definition a review may adjust. */
export interface AdjustableDefinition {
  ownerMembershipId: string;
  targets: readonly TargetEntryInput[];
}

/**
 * The definition after a target or owner adjustment (archiving changes no field of it). A target entry replaces the
 * one that starts on the same day, or joins the schedule in date order; entries before and after it stay, so a
 * later planned change is kept.
 */
export function adjustedDefinition<T extends AdjustableDefinition>(definition: T, adjustment: ReviewAdjustmentInput): T {
  if (adjustment.change === "owner") return { ...definition, ownerMembershipId: adjustment.ownerMembershipId };
  if (adjustment.change === "archive") return definition;
  const entry: TargetEntryInput = {
    effectiveFrom: adjustment.effectiveFrom,
    target: adjustment.target,
    targetMin: adjustment.targetMin,
    targetMax: adjustment.targetMax,
    warning: adjustment.warning,
    tolerance: adjustment.tolerance,
  };
  const targets = [...definition.targets.filter((existing) => existing.effectiveFrom !== entry.effectiveFrom), entry].sort((a, b) =>
    compareIsoDates(a.effectiveFrom, b.effectiveFrom),
  );
  return { ...definition, targets };
}

/** The index of the schedule entry an adjustment wrote, so an error on that entry can be shown beside its field. */
export function adjustedTargetIndex(targets: readonly TargetEntryInput[], effectiveFrom: string): number {
  return targets.findIndex((entry) => entry.effectiveFrom === effectiveFrom);
}

/** One line that says what an adjustment changed, for the review's record. */
export function describeAdjustment(adjustment: ReviewAdjustmentInput, names: { kpi: string; newOwner?: string }): string {
  if (adjustment.change === "archive") return `Archived ${names.kpi}.`;
  if (adjustment.change === "owner") return `Gave ${names.kpi} to ${names.newOwner ?? "a new owner"}.`;
  const parts: string[] = [];
  if (adjustment.target !== null) parts.push(`target ${adjustment.target}`);
  if (adjustment.targetMin !== null || adjustment.targetMax !== null) parts.push(`range ${adjustment.targetMin ?? "…"}–${adjustment.targetMax ?? "…"}`);
  if (adjustment.warning !== null) parts.push(`warning ${adjustment.warning}`);
  if (adjustment.tolerance !== null) parts.push(`tolerance ${adjustment.tolerance}`);
  return `Set ${parts.join(", ") || "the thresholds"} for ${names.kpi} from ${adjustment.effectiveFrom}.`;
}
