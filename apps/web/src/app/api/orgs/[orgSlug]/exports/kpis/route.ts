import { sessionIdOf } from "@tally/api/auth";
import { handleKpiListExport } from "@tally/api/exports";

export const dynamic = "force-dynamic";

/** The KPI list, with the list page's filters, as a CSV or Excel download. */
export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  return handleKpiListExport({ request, orgSlug, sessionId: await sessionIdOf(request.headers) });
}
