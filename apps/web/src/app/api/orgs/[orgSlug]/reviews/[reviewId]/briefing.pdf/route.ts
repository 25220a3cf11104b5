import { sessionIdOf } from "@tally/api/auth";
import { handleReviewBriefingPdf } from "@tally/api/review-briefing-http";
import { renderReviewPackPdf } from "@/components/briefing/review-pdf";

export const dynamic = "force-dynamic";
// The PDF is drawn with Node's streams and zlib.
export const runtime = "nodejs";

/** A review's briefing pack as a PDF download. */
export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string; reviewId: string }> }) {
  const { orgSlug, reviewId } = await params;
  return handleReviewBriefingPdf({ orgSlug, reviewId, sessionId: await sessionIdOf(request.headers) }, renderReviewPackPdf);
}
