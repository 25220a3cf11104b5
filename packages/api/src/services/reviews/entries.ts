import type { PrismaClient } from "@tally/db";
import type { ReviewEntryInput } from "@tally/domain";
import type { OrgActor } from "../actor";
import { fieldError } from "../errors";
import { authorizeReview, lockOpenReview } from "./access";

type Db = Pick<PrismaClient, "review" | "teamMembership" | "$transaction">;

/**
 * Records a note (review.note) or a decision (review.create) on an open review, about one KPI of its agenda or the
 * review as a whole. The review row is locked so an entry never lands after the close.
 */
export async function addReviewEntry(db: Db, actor: OrgActor, kind: "note" | "decision", input: Omit<ReviewEntryInput, "orgId">): Promise<{ id: string }> {
  const { row } = await authorizeReview(db, actor, input.reviewId, kind === "note" ? "review.note" : "review.create", { requireOpen: true });
  if (input.kpiId && !row.items.some((item) => item.kpi.id === input.kpiId)) throw fieldError("kpiId", "This KPI is not on the review's agenda.");
  return db.$transaction(async (tx) => {
    await lockOpenReview(tx, actor.orgId, input.reviewId);
    const entry = await tx.reviewEntry.create({
      data: { orgId: actor.orgId, reviewId: input.reviewId, kpiId: input.kpiId, kind, text: input.text, authorMembershipId: actor.membershipId },
      select: { id: true },
    });
    return entry;
  });
}
