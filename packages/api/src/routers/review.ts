import { ADJUSTMENT_CHANGE_MESSAGE, adjustmentShapes, reviewEntryShape, reviewIdShape, startReviewShape, checkStartReview } from "@tally/domain";
import { z } from "zod";
import { adjustFromReview } from "../services/reviews/adjust";
import { loadReviewBriefing } from "../services/reviews/briefing";
import { addReviewEntry } from "../services/reviews/entries";
import { closeReview } from "../services/reviews/close";
import { createReview } from "../services/reviews/create";
import { reviewFormOptions } from "../services/reviews/form-options";
import { listReviews } from "../services/reviews/list";
import { loadReview } from "../services/reviews/read";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

export const reviewRouter = router({
  list: permissionProcedure("review.view")
    .input(orgInput({}))
    .query(({ ctx }) => listReviews(ctx.db, ctx.actor)),

  get: permissionProcedure("review.view")
    .input(orgInput(reviewIdShape))
    .query(({ ctx, input }) => loadReview(ctx.db, ctx.actor, input.reviewId)),

  /** The review page in one call: the agenda with each KPI's entries and actions, and what the reader may do. */
  briefing: permissionProcedure("review.view")
    .input(orgInput(reviewIdShape))
    .query(({ ctx, input }) => loadReviewBriefing(ctx.db, ctx.actor.orgId, ctx.actor, input.reviewId)),

  /** Teams, objectives, reviewable KPIs and active members: what the start form and the adjust dialog offer. */
  formOptions: permissionProcedure("review.create")
    .input(orgInput({}))
    .query(({ ctx }) => reviewFormOptions(ctx.db, ctx.actor)),

  create: permissionProcedure("review.create")
    .input(orgInput(startReviewShape).superRefine((value, context) => checkStartReview(value as z.infer<z.ZodObject<typeof startReviewShape>>, context)))
    .mutation(({ ctx, input }) => createReview(ctx.db, ctx.actor, input)),

  addNote: permissionProcedure("review.note")
    .input(orgInput(reviewEntryShape))
    .mutation(({ ctx, input }) => addReviewEntry(ctx.db, ctx.actor, "note", input)),

  addDecision: permissionProcedure("review.create")
    .input(orgInput(reviewEntryShape))
    .mutation(({ ctx, input }) => addReviewEntry(ctx.db, ctx.actor, "decision", input)),

  adjust: permissionProcedure("review.create")
    .input(
      z.discriminatedUnion("change", [orgInput(adjustmentShapes.target), orgInput(adjustmentShapes.archive), orgInput(adjustmentShapes.owner)], {
        error: ADJUSTMENT_CHANGE_MESSAGE,
      }),
    )
    .mutation(({ ctx, input }) => {
      const { orgSlug: _orgSlug, ...adjustment } = input;
      return adjustFromReview(ctx.db, ctx.actor, adjustment);
    }),

  close: permissionProcedure("review.create")
    .input(orgInput(reviewIdShape))
    .mutation(({ ctx, input }) => closeReview(ctx.db, ctx.actor, input.reviewId)),
});
