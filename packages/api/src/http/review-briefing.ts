import { db as processDb, type PrismaClient } from "@tally/db";
import { briefingFileName, reviewIdShape, todayIn } from "@tally/domain";
import { z } from "zod";
import { loadReviewBriefing, type ReviewBriefing } from "../services/reviews/briefing";
import { briefingActor, briefingErrorResponse, pdfResponse } from "./briefing";
import { problemResponse } from "./exports/problem";

/** A review's pack with the reader's format, as its PDF is drawn. */
export interface ReviewPack extends ReviewBriefing {
  cover: { orgName: string; orgSlug: string; generatedAt: string; today: string; format: { locale: string; timeZone: string; currency: string } };
}

export type RenderReviewPack = (pack: ReviewPack) => Promise<Uint8Array>;

const reviewIdSchema = z.strictObject(reviewIdShape);

/** GET /api/orgs/{orgSlug}/reviews/{reviewId}/briefing.pdf — a review's briefing pack: live while open, as frozen once closed. */
export async function handleReviewBriefingPdf(
  { orgSlug, reviewId, sessionId }: { orgSlug: string; reviewId: string; sessionId: string | null },
  render: RenderReviewPack,
  { db = processDb(), now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<Response> {
  try {
    const actor = await briefingActor(db, sessionId, orgSlug);
    if (actor instanceof Response) return actor;
    const parsed = reviewIdSchema.safeParse({ reviewId });
    if (!parsed.success) return problemResponse(404, "This review could not be found.");
    const briefing = await loadReviewBriefing(db, actor.orgId, actor, parsed.data.reviewId);
    const today = todayIn(actor.timeZone, now);
    const pack: ReviewPack = {
      ...briefing,
      cover: {
        orgName: actor.orgName,
        orgSlug: actor.orgSlug,
        generatedAt: now.toISOString(),
        today,
        format: { locale: actor.locale, timeZone: actor.timeZone, currency: actor.currency },
      },
    };
    return pdfResponse(await render(pack), briefingFileName(actor.orgSlug, `review ${briefing.review.title}`, briefing.review.periodEnd));
  } catch (error) {
    return briefingErrorResponse(error);
  }
}
