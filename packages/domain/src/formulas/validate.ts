import type { Cadence } from "../kpi/vocabulary";
import type { FormulaError, FormulaNode } from "./ast";
import { parseFormula } from "./parse";

/** What a formula may name: the KPIs of the organization, by code, with the edges of their own formulas. */
export interface FormulaCatalogueEntry {
  id: string;
  code: string;
  cadence: Cadence;
  archived: boolean;
  /** The KPIs this KPI's formula reads; empty for a KPI whose values are recorded. */
  inputIds: readonly string[];
  /**
   * False for a KPI the author may not see: its code is as unknown to them as a code no KPI has, but its formula
   * still counts when looking for cycles.
   */
  visible?: boolean;
}

/** The KPI the formula belongs to, as it will be once saved. */
export interface FormulaSubject {
  /** Null for a KPI not created yet. */
  id: string | null;
  /** Its own code after the save, if any. */
  code: string | null;
  cadence: Cadence;
}

export interface FormulaInput {
  code: string;
  id: string;
}

export type ValidatedFormula = { ok: true; ast: FormulaNode; inputs: FormulaInput[] } | { ok: false; errors: FormulaError[] };

/** Each code with where it first appears, in the order the formula names them. */
function firstOccurrences(node: FormulaNode, into = new Map<string, FormulaNode & { kind: "input" }>()) {
  if (node.kind === "input" && !into.has(node.code)) into.set(node.code, node);
  if (node.kind === "negate") firstOccurrences(node.operand, into);
  if (node.kind === "binary") {
    firstOccurrences(node.left, into);
    firstOccurrences(node.right, into);
  }
  if (node.kind === "call") node.args.forEach((arg) => firstOccurrences(arg, into));
  return into;
}

/**
 * The chain of KPIs from `from` back to `target` through the catalogue's formulas, if one exists: the path a
 * new edge target → from would close into a cycle. Depth first, each KPI visited once.
 */
function pathBack(from: string, target: string, byId: ReadonlyMap<string, FormulaCatalogueEntry>): string[] | null {
  const seen = new Set<string>();
  const walk = (id: string): string[] | null => {
    if (id === target) return [id];
    if (seen.has(id)) return null;
    seen.add(id);
    for (const next of byId.get(id)?.inputIds ?? []) {
      const rest = walk(next);
      if (rest) return [id, ...rest];
    }
    return null;
  };
  return walk(from);
}

/**
 * Judges a formula against the organization's KPIs: syntax first, then every code — unknown, archived, of another
 * cadence, the KPI itself — and finally whether the new edges would close a cycle through other formulas, naming
 * the chain. Each refusal points at the code it is about; all of them are reported at once.
 */
export function validateFormula(text: string, subject: FormulaSubject, catalogue: readonly FormulaCatalogueEntry[]): ValidatedFormula {
  const parsed = parseFormula(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const occurrences = firstOccurrences(parsed.ast);
  if (occurrences.size === 0) {
    return { ok: false, errors: [{ message: "Use at least one KPI code, such as REVENUE / HEADCOUNT: numbers alone never change.", start: 0, end: text.length }] };
  }
  const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
  const errors: FormulaError[] = [];
  const inputs: FormulaInput[] = [];
  const own = `this KPI is ${subject.cadence}`;
  for (const [code, node] of occurrences) {
    const span = { start: node.start, end: node.end };
    const holders = catalogue.filter((entry) => entry.code === code && entry.visible !== false);
    const active = holders.find((entry) => !entry.archived);
    if (code === subject.code || (active && active.id === subject.id)) {
      errors.push({ message: `${code} is this KPI's own code: a KPI cannot be calculated from itself.`, ...span });
    } else if (active && active.cadence !== subject.cadence) {
      errors.push({ message: `${code} is ${active.cadence}; ${own}. Use inputs of the same cadence.`, ...span });
    } else if (active) {
      inputs.push({ code, id: active.id });
    } else if (holders.length) {
      errors.push({ message: `${code} is archived. Restore it or use another KPI.`, ...span });
    } else {
      errors.push({ message: `No KPI has the code ${code}.`, ...span });
    }
  }
  if (subject.id !== null) {
    const label = (id: string) => {
      if (id === subject.id) return subject.code ?? "this KPI";
      const entry = byId.get(id);
      return entry && entry.visible !== false ? entry.code : "a KPI you cannot see";
    };
    for (const input of inputs) {
      const chain = pathBack(input.id, subject.id, byId);
      if (!chain) continue;
      const node = occurrences.get(input.code)!;
      errors.push({ message: `This would make a cycle: ${[subject.id, ...chain].map(label).join(" → ")}.`, start: node.start, end: node.end });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, ast: parsed.ast, inputs };
}
