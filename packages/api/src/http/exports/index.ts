import { exportCheckInsQuerySchema, exportKpisQuerySchema } from "@tally/domain";
import { exportCheckIns, exportKpiList } from "../../services/exports/export-file";
import { exportResponse, type ExportDependencies, type ExportRequest } from "./export-response";

/** GET /api/orgs/{orgSlug}/exports/kpis?format=csv|xlsx&… — the KPI list with the list page's filters. */
export function handleKpiListExport(request: ExportRequest, dependencies?: ExportDependencies): Promise<Response> {
  return exportResponse(request, exportKpisQuerySchema, exportKpiList, dependencies);
}

/** GET /api/orgs/{orgSlug}/exports/check-ins?format=csv|xlsx&kpi=&from=&to= — values of one KPI or of every visible KPI. */
export function handleCheckInExport(request: ExportRequest, dependencies?: ExportDependencies): Promise<Response> {
  return exportResponse(request, exportCheckInsQuerySchema, exportCheckIns, dependencies);
}

export type { ExportDependencies, ExportRequest } from "./export-response";
