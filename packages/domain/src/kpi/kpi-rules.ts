import type { z } from "zod";
import { compareIsoDates } from "./calendar";
import { compareDecimalStrings } from "./decimal";
import type { TargetEntryInput } from "./target-schema";
import type { DurationUnit, KpiDirection, KpiUnit } from "./vocabulary";

/** The fields of a KPI definition that the cross-field rules read. */
export interface KpiRuleSubject {
  direction: KpiDirection;
  unit: KpiUnit;
  currency: string | null;
  durationUnit: DurationUnit | null;
  targets: readonly TargetEntryInput[];
  startDate: string;
  endDate: string | null;
  benchmarkValue: string | null;
  benchmarkSource: string | null;
  formula: string | null;
  contributorMembershipIds: readonly string[];
}

type Report = (path: (string | number)[], message: string) => void;

interface Rule {
  /** The fields the rule reads: it waits until they are valid themselves. */
  reads: readonly (keyof KpiRuleSubject)[];
  check: (kpi: KpiRuleSubject, report: Report) => void;
}

const RULES: readonly Rule[] = [
  {
    reads: ["direction", "targets"],
    check: (kpi, report) => {
      kpi.targets.forEach((entry, index) => {
        checkTarget(kpi.direction, entry, (field, message) => report(["targets", index, field], message));
      });
    },
  },
  { reads: ["targets"], check: (kpi, report) => checkDistinctStarts(kpi.targets, report) },
  {
    reads: ["startDate", "endDate"],
    check: (kpi, report) => {
      if (kpi.endDate !== null && compareIsoDates(kpi.endDate, kpi.startDate) < 0) {
        report(["endDate"], "The end date must not be before the start date.");
      }
    },
  },
  {
    reads: ["unit", "currency"],
    check: (kpi, report) => {
      if (kpi.currency !== null && kpi.unit !== "currency") {
        report(["currency"], "A currency applies only to KPIs measured in currency.");
      }
    },
  },
  {
    reads: ["unit", "durationUnit"],
    check: (kpi, report) => {
      if (kpi.unit === "duration" && kpi.durationUnit === null) report(["durationUnit"], "Choose hours or days.");
      if (kpi.unit !== "duration" && kpi.durationUnit !== null) {
        report(["durationUnit"], "Hours or days apply only to KPIs measured as a duration.");
      }
    },
  },
  {
    reads: ["benchmarkValue", "benchmarkSource"],
    check: (kpi, report) => {
      if (kpi.benchmarkValue !== null && kpi.benchmarkSource === null) {
        report(["benchmarkSource"], "Say where the benchmark comes from, so readers can judge it.");
      }
    },
  },
  {
    reads: ["formula", "contributorMembershipIds"],
    check: (kpi, report) => {
      if (kpi.formula !== null && kpi.contributorMembershipIds.length > 0) {
        report(["contributorMembershipIds"], "A calculated KPI takes its values from its formula: it has no contributors who record them.");
      }
    },
  },
];

/** True when nothing the rule reads has failed, and the input is an object at all. */
function readyFor(rule: Rule, issues: readonly { code: string; path?: PropertyKey[] | undefined }[]): boolean {
  return issues.every((issue) => {
    const field = issue.path?.[0];
    if (field === undefined) return issue.code === "unrecognized_keys";
    return !(rule.reads as readonly PropertyKey[]).includes(field);
  });
}

/**
 * Adds the rules that span several fields of a KPI definition, each reported at the field a form
 * shows it beside. Use it on any object schema built from kpiDefinitionShape, e.g.
 * `withKpiRules(z.strictObject({ ...kpiDefinitionShape, orgSlug: slugSchema }))`. Spreading the shape
 * and wrapping the result states the rules where they apply, rather than relying on how `.extend`
 * treats a refined schema, which has changed between zod versions.
 *
 * Each rule runs as soon as the fields it reads are valid, so a form shows every problem at once.
 */
export function withKpiRules<T extends z.ZodType<KpiRuleSubject>>(schema: T): T {
  return RULES.reduce(
    (refined, rule) =>
      refined.superRefine(
        (kpi, context) => rule.check(kpi, (path, message) => context.addIssue({ code: "custom", path, message })),
        { when: (payload) => readyFor(rule, payload.issues) },
      ),
    schema,
  );
}

/**
 * What each direction needs. Values a direction does not use (a warning on a range, a tolerance on an
 * increase) are left alone: a form that switches direction may still carry them, and no rule reads them.
 */
function checkTarget(direction: KpiDirection, entry: TargetEntryInput, report: (field: keyof TargetEntryInput, message: string) => void): void {
  if (direction === "range") {
    if (entry.targetMin === null) report("targetMin", "Set a minimum.");
    if (entry.targetMax === null) report("targetMax", "Set a maximum.");
    if (entry.targetMin !== null && entry.targetMax !== null && compareDecimalStrings(entry.targetMin, entry.targetMax) > 0) {
      report("targetMin", "The minimum must not be above the maximum.");
    }
    return;
  }
  if (entry.target === null) {
    report("target", "Set a target.");
    return;
  }
  if (entry.warning === null) return;
  const side = compareDecimalStrings(entry.warning, entry.target);
  if (direction === "increase" && side > 0) {
    report("warning", "Higher is better here, so the warning must not be above the target.");
  }
  if (direction === "decrease" && side < 0) {
    report("warning", "Lower is better here, so the warning must not be below the target.");
  }
}

function checkDistinctStarts(targets: readonly TargetEntryInput[], report: Report): void {
  const seen = new Set<string>();
  targets.forEach((entry, index) => {
    if (seen.has(entry.effectiveFrom)) report(["targets", index, "effectiveFrom"], "Two targets start on the same date.");
    seen.add(entry.effectiveFrom);
  });
}
