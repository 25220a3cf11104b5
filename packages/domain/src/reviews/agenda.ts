import type { KpiStatus } from "../kpi/vocabulary";

/** Needs attention first — a missed target, then a missing value, then a value at risk — then the rest. */
export const AGENDA_STATUS_ORDER: readonly KpiStatus[] = ["off_track", "overdue", "at_risk", "on_track", "no_data"];

export interface AgendaCandidate {
  kpiId: string;
  name: string;
  status: KpiStatus;
}

export function statusNeedsAttention(status: KpiStatus): boolean {
  return status === "off_track" || status === "overdue" || status === "at_risk";
}

/** The agenda's order: by how urgently the status asks for attention, then by name, then by id so ties never flip. */
export function agendaOrder<T extends AgendaCandidate>(items: readonly T[]): T[] {
  const rank = (status: KpiStatus) => AGENDA_STATUS_ORDER.indexOf(status);
  return [...items].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      a.name.localeCompare(b.name, "en", { sensitivity: "base" }) ||
      (a.kpiId < b.kpiId ? -1 : a.kpiId > b.kpiId ? 1 : 0),
  );
}
