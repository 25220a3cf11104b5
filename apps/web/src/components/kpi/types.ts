import type { RouterOutputs as Outputs } from "@/lib/trpc/types";

/** What kpi.get answers: the KPI page's data. */
export type KpiDetail = Outputs["kpi"]["get"];
export type KpiCheckIn = KpiDetail["checkIns"][number];
export type KpiTargetRow = KpiDetail["targets"][number];
export type KpiHistoryEntry = KpiDetail["history"][number];
/** What kpi.formOptions answers: who and what the KPI form offers. */
export type KpiFormOptions = Outputs["kpi"]["formOptions"];
