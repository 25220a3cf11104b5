import { CADENCE_LABELS, KPI_CATEGORY_LABELS } from "@tally/domain";
import type { KpiListItem } from "./kpi-display";

/** The line under a KPI's name in the list: code, category, cadence, team, and whether it is restricted. */
export function KpiMeta({ kpi, className }: { kpi: Pick<KpiListItem, "code" | "category" | "cadence" | "team" | "visibility">; className: string }) {
  return (
    <p className={className}>
      {kpi.code && <span className="font-mono">{kpi.code} · </span>}
      {KPI_CATEGORY_LABELS[kpi.category]} · {CADENCE_LABELS[kpi.cadence]}
      {kpi.team && ` · ${kpi.team.name}`}
      {kpi.visibility === "restricted" && " · Restricted"}
    </p>
  );
}
