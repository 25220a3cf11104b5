import type { PrismaClient } from "@tally/db";
import {
  compareIsoDates,
  FORMULA_PREVIEW_PERIODS,
  periodLabel,
  periodStart,
  renderFormula,
  todayIn,
  validateFormula,
  type CheckFormulaInput,
  type FormulaError,
  type FormulaGap,
} from "@tally/domain";
import type { OrgActor } from "../actor";
import { loadFormulaCatalogue } from "./formula-catalogue";
import { outcomesIn, recentPeriods, valuesIn } from "./formula-periods";
import { authorizeKpi } from "./scope";

export interface FormulaPreviewPeriod {
  periodStart: string;
  label: string;
  value: string | null;
  gap: FormulaGap | null;
}

export interface FormulaCheck {
  /** The formula as it will be stored, when it holds. */
  formula: string | null;
  errors: FormulaError[];
  inputs: { code: string; kpiId: string; name: string }[];
  preview: FormulaPreviewPeriod[];
}

const NOTHING: FormulaCheck = { formula: null, errors: [], inputs: [], preview: [] };

/**
 * Judges a formula as the KPI form types it, exactly as saving would, and previews what it gives over the last
 * periods: a value, or why there is none. Reads only KPIs the member may see (and, for an edit, the inputs the
 * formula already has), and writes nothing.
 */
export async function checkFormula(db: PrismaClient, actor: OrgActor, input: CheckFormulaInput, now: Date = new Date()): Promise<FormulaCheck> {
  const current = input.kpiId ? await currentInputs(db, actor, input.kpiId) : [];
  if (input.formula.trim() === "") return NOTHING;
  const catalogue = await loadFormulaCatalogue(db, actor, current);
  const result = validateFormula(input.formula, { id: input.kpiId, code: input.code, cadence: input.cadence }, catalogue);
  if (!result.ok) return { ...NOTHING, errors: result.errors };

  const inputIds = result.inputs.map((entry) => entry.id);
  const periods = recentPeriods(todayIn(actor.timeZone, now), input.cadence, actor.weekStart, FORMULA_PREVIEW_PERIODS);
  const [kpis, values] = await Promise.all([
    db.kpi.findMany({ where: { orgId: actor.orgId, id: { in: inputIds } }, select: { id: true, name: true } }),
    valuesIn(db, actor.orgId, inputIds, periods),
  ]);
  const names = new Map(kpis.map((kpi) => [kpi.id, kpi.name]));
  const outcomes = outcomesIn(result.ast, new Map(result.inputs.map((entry) => [entry.code, entry.id])), values, periods);
  const firstPeriod = input.startDate ? periodStart(input.startDate, input.cadence, actor.weekStart) : null;
  return {
    formula: renderFormula(result.ast),
    errors: [],
    inputs: result.inputs.map((entry) => ({ code: entry.code, kpiId: entry.id, name: names.get(entry.id) ?? entry.code })),
    preview: periods.map((period) => {
      const outcome = outcomes.get(period)!;
      const gap: FormulaGap | null =
        firstPeriod && compareIsoDates(period, firstPeriod) < 0
          ? { kind: "before_start" }
          : input.endDate && compareIsoDates(period, input.endDate) > 0
            ? { kind: "after_end" }
            : outcome.kind === "value"
              ? null
              : outcome;
      return {
        periodStart: period,
        label: periodLabel(period, input.cadence, actor.weekStart),
        value: gap === null && outcome.kind === "value" ? outcome.value : null,
        gap,
      };
    }),
  };
}

/** The inputs an edited KPI's formula reads now: its editor keeps them, whoever chose them. */
async function currentInputs(db: PrismaClient, actor: OrgActor, kpiId: string): Promise<string[]> {
  await authorizeKpi(db, actor.orgId, actor, kpiId, "kpi.update");
  const edges = await db.kpiFormulaInput.findMany({ where: { orgId: actor.orgId, kpiId }, select: { inputKpiId: true } });
  return edges.map((edge) => edge.inputKpiId);
}
