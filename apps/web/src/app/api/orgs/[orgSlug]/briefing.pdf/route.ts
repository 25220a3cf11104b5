import { sessionIdOf } from "@tally/api/auth";
import { handleBriefingPdf } from "@tally/api/briefing-http";
import { renderBriefingPdf } from "@/components/briefing/briefing-pdf";

export const dynamic = "force-dynamic";
// The PDF is drawn with Node's streams and zlib.
export const runtime = "nodejs";

/** The briefing pack of the organization, a team or an objective as a PDF download. */
export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  return handleBriefingPdf({ request, orgSlug, sessionId: await sessionIdOf(request.headers) }, renderBriefingPdf);
}
