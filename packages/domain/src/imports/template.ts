import type { IsoDate } from "../kpi/calendar";

export const IMPORT_TEMPLATE_HEADER = ["kpi", "date", "value", "comment"] as const;

/** The most KPIs a template lists, one row each. */
export const MAX_TEMPLATE_KPIS = 1000;

/**
 * The rows of a template: the header, then one row per KPI (by code where it has one, else by name) dated in
 * its current period, the value left for the person to fill in.
 */
export function importTemplateRows(kpis: readonly { code: string | null; name: string; date: IsoDate }[]): string[][] {
  return [[...IMPORT_TEMPLATE_HEADER], ...kpis.slice(0, MAX_TEMPLATE_KPIS).map((kpi) => [kpi.code ?? kpi.name, kpi.date, "", ""])];
}
