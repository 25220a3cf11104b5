import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import {
  decimalToLocaleText,
  kpiDefinitionSchema,
  type Cadence,
  type DurationUnit,
  type KpiCategory,
  type KpiDefinitionFormValues,
  type KpiDefinitionInput,
  type KpiDirection,
  type KpiTemplate,
  type KpiUnit,
  type KpiVisibility,
} from "@tally/domain";
import { withLocaleDecimals } from "@/lib/locale-decimals";
import type { KpiDetail } from "./types";

/** One row of the target schedule as its inputs hold it: text, blank where nothing was entered. */
export interface TargetRowState {
  effectiveFrom: string;
  target: string;
  targetMin: string;
  targetMax: string;
  warning: string;
  tolerance: string;
}

/**
 * The KPI form's inputs. Every field is the text or list its input holds; toSchemaInput turns it into
 * what the shared schema reads, so the browser and the server judge the same thing.
 */
export interface KpiFormState {
  name: string;
  code: string;
  description: string;
  category: KpiCategory | "";
  unit: KpiUnit;
  currency: string;
  durationUnit: DurationUnit;
  decimals: string;
  direction: KpiDirection;
  baseline: string;
  targets: TargetRowState[];
  cadence: Cadence;
  startDate: string;
  endDate: string;
  ownerMembershipId: string;
  contributorMembershipIds: string[];
  teamId: string;
  objectiveIds: string[];
  visibility: KpiVisibility;
  benchmarkValue: string;
  benchmarkSource: string;
  templateKey: string;
  /** Blank for a KPI whose values are recorded. */
  formula: string;
}

export function emptyTargetRow(effectiveFrom: string): TargetRowState {
  return { effectiveFrom, target: "", targetMin: "", targetMax: "", warning: "", tolerance: "" };
}

interface NewKpiDefaults {
  today: string;
  currency: string;
  ownerMembershipId: string;
}

/** A new KPI, from a library template or from scratch. */
export function newKpiState(defaults: NewKpiDefaults, template: KpiTemplate | null): KpiFormState {
  return {
    name: template?.name ?? "",
    code: "",
    description: template?.description ?? "",
    category: template?.category ?? "",
    unit: template?.unit ?? "number",
    currency: defaults.currency,
    durationUnit: template?.durationUnit ?? "hours",
    decimals: String(template?.decimals ?? 0),
    direction: template?.direction ?? "increase",
    baseline: "",
    targets: [emptyTargetRow(defaults.today)],
    cadence: template?.cadence ?? "monthly",
    startDate: defaults.today,
    endDate: "",
    ownerMembershipId: defaults.ownerMembershipId,
    contributorMembershipIds: [],
    teamId: "",
    objectiveIds: [],
    visibility: "organization",
    benchmarkValue: "",
    benchmarkSource: "",
    templateKey: template?.key ?? "",
    formula: "",
  };
}

/** The saved definition, to edit; numbers as `locale` writes them ("89,5" in de-DE). */
export function kpiState(kpi: KpiDetail, orgCurrency: string, locale: string): KpiFormState {
  const text = (value: string | null) => (value === null ? "" : decimalToLocaleText(value, locale));
  return {
    name: kpi.name,
    code: kpi.code ?? "",
    description: kpi.description,
    category: kpi.category,
    unit: kpi.unit,
    currency: kpi.currency ?? orgCurrency,
    durationUnit: kpi.durationUnit ?? "hours",
    decimals: String(kpi.decimals),
    direction: kpi.direction,
    baseline: text(kpi.baseline),
    targets: kpi.targets.map((row) => ({
      effectiveFrom: row.effectiveFrom,
      target: text(row.target),
      targetMin: text(row.targetMin),
      targetMax: text(row.targetMax),
      warning: text(row.warning),
      tolerance: text(row.tolerance),
    })),
    cadence: kpi.cadence,
    startDate: kpi.startDate,
    endDate: kpi.endDate ?? "",
    ownerMembershipId: kpi.owner.membershipId,
    contributorMembershipIds: kpi.contributors.map((contributor) => contributor.membershipId),
    teamId: kpi.team?.id ?? "",
    objectiveIds: kpi.objectives.map((objective) => objective.id),
    visibility: kpi.visibility,
    benchmarkValue: text(kpi.benchmarkValue),
    benchmarkSource: kpi.benchmarkSource ?? "",
    templateKey: kpi.templateKey ?? "",
    formula: kpi.calculated?.formula ?? "",
  };
}

/**
 * What the schema reads. Inputs the current unit or direction hides are dropped rather than sent: a
 * form that switched from "higher is better" to a range must not store the old single target.
 */
export function toSchemaInput(state: KpiFormState): KpiDefinitionFormValues {
  const range = state.direction === "range";
  return {
    ...state,
    category: state.category as KpiCategory,
    currency: state.unit === "currency" ? state.currency : null,
    durationUnit: state.unit === "duration" ? state.durationUnit : null,
    decimals: Number(state.decimals),
    targets: state.targets.map((row) => ({
      effectiveFrom: row.effectiveFrom,
      target: range ? null : row.target,
      warning: range ? null : row.warning,
      targetMin: range ? row.targetMin : null,
      targetMax: range ? row.targetMax : null,
      tolerance: range ? row.tolerance : null,
    })),
    // A calculated KPI's values come from its formula: the contributors' inputs are hidden, and not sent.
    contributorMembershipIds: state.formula.trim() === "" ? state.contributorMembershipIds.filter((id) => id !== state.ownerMembershipId) : [],
    teamId: state.teamId === "" ? null : state.teamId,
  };
}

const schemaResolver = zodResolver(kpiDefinitionSchema);

/** Validates the form with the schema the API uses; errors land on the inputs of the same names. */
export const kpiFormResolver: Resolver<KpiFormState, unknown, KpiDefinitionInput> = (values, context, options) =>
  schemaResolver(toSchemaInput(values), context, options as never) as ReturnType<Resolver<KpiFormState, unknown, KpiDefinitionInput>>;

/** The numeric inputs of the form, typed in the reader's format. */
export const KPI_DECIMAL_FIELDS = ["baseline", "benchmarkValue", "target", "targetMin", "targetMax", "warning", "tolerance"] as const;

/** The same, reading numbers typed in `locale`'s format ("1.234,5" in de-DE) before the schema judges them. */
export function kpiFormResolverFor(locale: string): Resolver<KpiFormState, unknown, KpiDefinitionInput> {
  return withLocaleDecimals(kpiFormResolver, KPI_DECIMAL_FIELDS, locale);
}
