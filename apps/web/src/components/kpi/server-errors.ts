import type { KpiFormState } from "./kpi-form-state";

const ALWAYS_SHOWN = new Set([
  "name",
  "code",
  "description",
  "category",
  "unit",
  "decimals",
  "direction",
  "baseline",
  "cadence",
  "startDate",
  "endDate",
  "ownerMembershipId",
  "contributorMembershipIds",
  "teamId",
  "objectiveIds",
  "visibility",
  "benchmarkValue",
  "benchmarkSource",
  "formula",
]);

const TARGET_FIELDS = {
  single: new Set(["effectiveFrom", "target", "warning"]),
  range: new Set(["effectiveFrom", "targetMin", "targetMax", "tolerance"]),
};

/** The input an API error path belongs beside, or null when no input on screen shows it. */
export function formPathOf(path: string, state: KpiFormState): string | null {
  const [field, index, sub] = path.split(".");
  if (!field) return null;
  if (field === "contributorMembershipIds" || field === "objectiveIds") return field;
  if (field === "currency") return state.unit === "currency" ? field : null;
  if (field === "durationUnit") return state.unit === "duration" ? field : null;
  if (field === "targets") {
    if (index === undefined) return "targets.root";
    const row = Number(index);
    const fields = state.direction === "range" ? TARGET_FIELDS.range : TARGET_FIELDS.single;
    if (!Number.isInteger(row) || row >= state.targets.length || !sub || !fields.has(sub)) return null;
    return `targets.${row}.${sub}`;
  }
  return index === undefined && ALWAYS_SHOWN.has(field) ? field : null;
}
