import type { RouterOutputs as Outputs } from "@/lib/trpc/types";

/** What kpi.analysis answers: the KPI page's forecast, signal versus noise and change. */
export type KpiAnalysis = Outputs["kpi"]["analysis"];
export type KpiForecast = NonNullable<KpiAnalysis["forecast"]>;
export type KpiXmr = NonNullable<KpiAnalysis["xmr"]>;
