import type { Prisma } from "@tally/db";
import { inDepthOrder, renderFormula, validateFormula, type Cadence, type FormulaError } from "@tally/domain";
import { domainError, fieldError } from "../errors";
import type { OrgActor } from "../actor";
import { loadFormulaCatalogue } from "./formula-catalogue";
import { recomputeFormulaHistory } from "./formula-values";
import { afterValuesChanged } from "./values-changed";

type Tx = Prisma.TransactionClient;

/**
 * Every change that could make or break a formula — a formula saved, a code or cadence changed, a KPI archived
 * or restored — runs one at a time per organization: two edits that each look fine alone cannot close a cycle
 * together, nor can a code be renamed while a new formula starts reading it. Value writes never take this lock.
 * Taken first in its transaction, before any KPI row.
 */
export async function lockFormulaDefinitions(tx: Tx, orgId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`kpi-formulas:${orgId}`}, 0))`;
}

export interface PreparedFormula {
  /** The canonical text to store, or null for a KPI whose values are recorded. */
  text: string | null;
  inputIds: string[];
  errors: FormulaError[];
}

const NO_FORMULA: PreparedFormula = { text: null, inputIds: [], errors: [] };

interface FormulaSubjectInput {
  kpiId: string | null;
  formula: string | null;
  code: string | null;
  cadence: Cadence;
}

/**
 * Judges a formula against the organization's KPIs and, when it holds, locks its inputs (for share, by depth) so no
 * value of theirs changes between reading them for the history and committing it. Returns the refusals rather than
 * throwing them, so the caller can first check that the member may edit the KPI at all.
 */
export async function prepareFormula(tx: Tx, actor: OrgActor, subject: FormulaSubjectInput): Promise<PreparedFormula> {
  if (subject.formula === null) return NO_FORMULA;
  const current = subject.kpiId
    ? await tx.kpiFormulaInput.findMany({ where: { orgId: actor.orgId, kpiId: subject.kpiId }, select: { inputKpiId: true } })
    : [];
  const catalogue = await loadFormulaCatalogue(tx, actor, current.map((edge) => edge.inputKpiId));
  const result = validateFormula(subject.formula, { id: subject.kpiId, code: subject.code, cadence: subject.cadence }, catalogue);
  if (!result.ok) return { text: null, inputIds: [], errors: result.errors };
  const inputIds = result.inputs.map((input) => input.id);
  const graph = new Map(catalogue.filter((entry) => !entry.archived && entry.inputIds.length).map((entry) => [entry.id, entry.inputIds]));
  const order = inDepthOrder(graph, inputIds);
  await tx.$queryRaw`SELECT 1 FROM "Kpi" WHERE "orgId" = ${actor.orgId} AND "id" = ANY(${order}::text[]) ORDER BY array_position(${order}::text[], "id") FOR SHARE`;
  return { text: renderFormula(result.ast), inputIds, errors: [] };
}

/** The prepared formula's refusal, beside the formula field, every problem in one message. */
export function assertFormulaHolds(prepared: PreparedFormula): void {
  if (prepared.errors.length) throw fieldError("formula", prepared.errors.map((error) => error.message).join(" "));
}

/**
 * Stores the formula's edges and, for a calculated KPI, computes its whole history; what changed flows on like any
 * other change of values, to the KPIs that read this one and to its latest status.
 */
export async function saveFormula(tx: Tx, actor: OrgActor, kpiId: string, prepared: PreparedFormula): Promise<void> {
  await tx.kpiFormulaInput.deleteMany({ where: { orgId: actor.orgId, kpiId } });
  if (prepared.text === null) return;
  await tx.kpiFormulaInput.createMany({ data: prepared.inputIds.map((inputKpiId) => ({ orgId: actor.orgId, kpiId, inputKpiId })) });
  await afterValuesChanged(tx, actor, await recomputeFormulaHistory(tx, actor, kpiId));
}

function namesOf(readers: { name: string }[]): { names: string; verb: string } {
  const names = readers.map((reader) => reader.name);
  const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return { names: joined, verb: names.length === 1 ? "calculates" : "calculate" };
}

/** The active calculated KPIs whose formulas read `kpiId`. */
async function readersOf(tx: Tx, orgId: string, kpiId: string) {
  const edges = await tx.kpiFormulaInput.findMany({
    where: { orgId, inputKpiId: kpiId, kpi: { archivedAt: null } },
    select: { kpi: { select: { name: true } } },
    orderBy: { kpi: { name: "asc" } },
  });
  return edges.map((edge) => edge.kpi);
}

/**
 * Formulas name their inputs by code and need their cadence: a KPI that an active formula reads keeps both, and
 * stays active. The refusal names the KPIs that read it, so the editor knows which formula to change first.
 */
export async function assertInputKept(tx: Tx, orgId: string, before: { id: string; code: string | null; cadence: Cadence }, after: { code: string | null; cadence: Cadence }) {
  if (before.code === after.code && before.cadence === after.cadence) return;
  const readers = await readersOf(tx, orgId, before.id);
  if (!readers.length) return;
  const { names, verb } = namesOf(readers);
  if (before.code !== after.code) {
    throw fieldError("code", `${names} ${verb} from this KPI's code ${before.code}. Change ${readers.length === 1 ? "its formula" : "their formulas"} before changing or removing the code.`, "conflict");
  }
  throw fieldError("cadence", `${names} ${verb} from this KPI and ${readers.length === 1 ? "is" : "are"} ${before.cadence}. Change ${readers.length === 1 ? "its formula" : "their formulas"} before changing the cadence.`, "conflict");
}

export async function assertNotReadByFormulas(tx: Tx, orgId: string, kpiId: string) {
  const readers = await readersOf(tx, orgId, kpiId);
  if (!readers.length) return;
  const { names, verb } = namesOf(readers);
  throw domainError("conflict", `${names} ${verb} from this KPI. Change ${readers.length === 1 ? "its formula" : "their formulas"} before archiving it.`);
}
