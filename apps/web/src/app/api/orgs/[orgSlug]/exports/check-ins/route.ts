import { sessionIdOf } from "@tally/api/auth";
import { handleCheckInExport } from "@tally/api/exports";

export const dynamic = "force-dynamic";

/** Values of one KPI or of every visible KPI over a range of periods, as a CSV or Excel download. */
export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  return handleCheckInExport({ request, orgSlug, sessionId: await sessionIdOf(request.headers) });
}
