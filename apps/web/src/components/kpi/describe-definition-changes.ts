import {
  CADENCE_LABELS,
  DURATION_UNIT_LABELS,
  isIsoDate,
  KPI_CATEGORY_LABELS,
  KPI_DIRECTION_LABELS,
  KPI_UNIT_LABELS,
  KPI_VISIBILITY_LABELS,
} from "@tally/domain";
import { defaultFormatter, type Formatter } from "@/lib/format";

/** Names for the ids a definition stores, as far as the page knows them. */
export interface NameLookup {
  members: ReadonlyMap<string, string>;
  teams: ReadonlyMap<string, string>;
  objectives: ReadonlyMap<string, string>;
}

const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  code: "Code",
  formula: "Formula",
  description: "Description",
  category: "Category",
  unit: "Unit",
  currency: "Currency",
  durationUnit: "Duration unit",
  decimals: "Decimals",
  direction: "Direction",
  baseline: "Baseline",
  cadence: "Cadence",
  startDate: "Start date",
  endDate: "End date",
  owner: "Owner",
  visibility: "Visibility",
  benchmarkValue: "Benchmark",
  benchmarkSource: "Benchmark source",
  team: "Team",
  contributors: "Contributors",
  objectives: "Objectives",
  targets: "Targets",
};

const VALUE_LABELS: Record<string, Readonly<Record<string, string>>> = {
  category: KPI_CATEGORY_LABELS,
  unit: KPI_UNIT_LABELS,
  durationUnit: DURATION_UNIT_LABELS,
  direction: KPI_DIRECTION_LABELS,
  cadence: CADENCE_LABELS,
  visibility: KPI_VISIBILITY_LABELS,
};

// Long or structured values: saying that they changed reads better than printing them.
const SUMMARISED = new Set(["description", "targets"]);
// Decimal values, shown in the reader's number format.
const NUMERIC = new Set(["baseline", "benchmarkValue"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(key: string, value: unknown, names: NameLookup, formatter: Formatter): string {
  if (value === null || value === undefined || value === "") return "none";
  if (key === "owner") return names.members.get(String(value)) ?? "a former member";
  if (key === "team") return names.teams.get(String(value)) ?? "a deleted team";
  const labels = VALUE_LABELS[key];
  if (labels && typeof value === "string") return labels[value] ?? value;
  if (typeof value === "string" && isIsoDate(value)) return formatter.formatDate(value);
  if (NUMERIC.has(key) && (typeof value === "string" || typeof value === "number")) return formatter.formatNumber(value);
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function listChange(key: "contributors" | "objectives", from: unknown, to: unknown, names: NameLookup): string {
  const before = new Set(Array.isArray(from) ? from.map(String) : []);
  const after = new Set(Array.isArray(to) ? to.map(String) : []);
  const lookup = key === "contributors" ? names.members : names.objectives;
  const fallback = key === "contributors" ? "a former member" : "a removed objective";
  const nameOf = (id: string) => lookup.get(id) ?? fallback;
  const added = [...after].filter((id) => !before.has(id)).map(nameOf);
  const removed = [...before].filter((id) => !after.has(id)).map(nameOf);
  const parts = [added.length ? `added ${added.join(", ")}` : null, removed.length ? `removed ${removed.join(", ")}` : null].filter(Boolean);
  return `${FIELD_LABELS[key]}: ${parts.join("; ") || "changed"}`;
}

/**
 * One line per change of a definition-history entry ("Name: Win rate → Deal win rate", "Targets changed"),
 * from the `changes` the API records: a creation, an archive or restore, or a field-by-field diff.
 */
export function describeDefinitionChanges(changes: unknown, names: NameLookup, formatter: Formatter = defaultFormatter): string[] {
  if (!isRecord(changes)) return ["Changed the definition."];
  if ("created" in changes) return ["Created the KPI."];
  const archived = changes.archived;
  if (isRecord(archived) && typeof archived.to === "boolean") return [archived.to ? "Archived the KPI." : "Restored the KPI."];
  const lines = Object.entries(changes).map(([key, change]) => {
    const label = FIELD_LABELS[key] ?? key;
    if (!isRecord(change)) return `${label} changed`;
    if (key === "contributors" || key === "objectives") return listChange(key, change.from, change.to, names);
    if (SUMMARISED.has(key)) return `${label} changed`;
    return `${label}: ${shown(key, change.from, names, formatter)} → ${shown(key, change.to, names, formatter)}`;
  });
  return lines.length ? lines : ["Saved without changes."];
}
