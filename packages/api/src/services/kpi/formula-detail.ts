import type { PrismaClient } from "@tally/db";
import { compareIsoDates, parseFormula, periodStart, type Cadence, type FormulaGap } from "@tally/domain";
import type { OrgActor } from "../actor";
import { isoDate, isoDateOrNull } from "./decimal";
import { outcomesIn, recentPeriods, valuesIn } from "./formula-periods";
import { kpiWhereFor } from "./scope";

/** How many recent periods the KPI page explains when they have no value: as many as its table of check-ins shows. */
const EXPLAINED_PERIODS = 24;

export interface CalculatedDetail {
  formula: string;
  /** The KPIs the formula reads; only those the member may see can be linked. */
  inputs: { code: string; kpiId: string; name: string; visible: boolean }[];
  /** Recent periods without a value, newest first, with the reason. */
  gaps: { periodStart: string; gap: FormulaGap }[];
}

interface CalculatedKpi {
  id: string;
  formula: string;
  cadence: Cadence;
  startDate: Date;
  endDate: Date | null;
}

/** What the KPI page says about a calculated KPI: its formula, its inputs and why recent periods have no value. */
export async function calculatedDetail(db: PrismaClient, actor: OrgActor, kpi: CalculatedKpi, today: string): Promise<CalculatedDetail> {
  const [edges, visibleWhere] = await Promise.all([
    db.kpiFormulaInput.findMany({
      where: { orgId: actor.orgId, kpiId: kpi.id },
      select: { input: { select: { id: true, name: true, code: true } } },
      orderBy: { input: { code: "asc" } },
    }),
    kpiWhereFor(db, actor, "kpi.view"),
  ]);
  const inputIds = edges.map((edge) => edge.input.id);
  const first = periodStart(isoDate(kpi.startDate), kpi.cadence, actor.weekStart);
  const end = isoDateOrNull(kpi.endDate);
  const periods = recentPeriods(today, kpi.cadence, actor.weekStart, EXPLAINED_PERIODS).filter(
    (period) => compareIsoDates(period, first) >= 0 && (end === null || compareIsoDates(period, end) <= 0),
  );
  const [visible, values] = await Promise.all([
    db.kpi.findMany({ where: { AND: [{ orgId: actor.orgId, id: { in: inputIds } }, visibleWhere] }, select: { id: true } }),
    valuesIn(db, actor.orgId, [kpi.id, ...inputIds], periods),
  ]);
  const seen = new Set(visible.map((row) => row.id));
  const parsed = parseFormula(kpi.formula);
  const inputs = new Map(edges.flatMap((edge) => (edge.input.code ? [[edge.input.code, edge.input.id] as const] : [])));
  const outcomes = parsed.ok ? outcomesIn(parsed.ast, inputs, values, periods) : new Map();
  const own = values.get(kpi.id);
  return {
    formula: kpi.formula,
    // An input the member may not see shows only by the code the formula names it with.
    inputs: edges.map(({ input }) => {
      const shown = seen.has(input.id);
      return { code: input.code ?? "", kpiId: input.id, name: shown ? input.name : (input.code ?? ""), visible: shown };
    }),
    gaps: periods
      .filter((period) => !own?.has(period))
      .reverse()
      .flatMap((period) => {
        const outcome = outcomes.get(period);
        return outcome && outcome.kind !== "value" ? [{ periodStart: period, gap: outcome as FormulaGap }] : [];
      }),
  };
}
