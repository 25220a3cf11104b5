import type { Prisma, PrismaClient } from "@tally/db";
import { todayIn } from "@tally/domain";
import type { OrgActor } from "../actor";
import { recordAudit } from "../audit";
import { isoDate } from "../kpi/decimal";
import { notify } from "../notifications/notify";
import { authorizeReview, lockOpenReview } from "./access";
import { liveAgenda } from "./agenda";

type Db = Pick<PrismaClient, "review" | "teamMembership" | "kpi" | "checkIn" | "actionKpi" | "$queryRaw" | "$transaction">;

/**
 * Closes a review: each agenda item keeps what the page shows (ReviewItem.frozen) and each value of the review's
 * period is copied with its status and target (ReviewValue), so later corrections show as restatements.
 * Afterwards every change to the review is refused.
 */
export async function closeReview(db: Db, actor: OrgActor, reviewId: string, now = new Date()): Promise<{ id: string; closedAt: Date }> {
  await authorizeReview(db, actor, reviewId, "review.create", { requireOpen: true });
  return db.$transaction(async (tx) => {
    await lockOpenReview(tx, actor.orgId, reviewId);
    const review = await tx.review.findUniqueOrThrow({
      where: { orgId_id: { orgId: actor.orgId, id: reviewId } },
      select: { title: true, periodStart: true, periodEnd: true, items: { orderBy: { position: "asc" }, select: { kpiId: true } }, participants: { select: { membershipId: true } } },
    });
    const periodStart = isoDate(review.periodStart);
    const periodEnd = isoDate(review.periodEnd);
    const agenda = await liveAgenda(tx, { orgId: actor.orgId, today: todayIn(actor.timeZone, now), weekStart: actor.weekStart, periodStart, periodEnd }, review.items.map((i) => i.kpiId));
    for (const item of agenda) {
      await tx.reviewItem.update({
        where: { orgId_reviewId_kpiId: { orgId: actor.orgId, reviewId, kpiId: item.kpiId } },
        data: { frozen: item as unknown as Prisma.InputJsonValue },
      });
    }
    // The values are copied in SQL, with the target in force for each period, so the close reads no row per value.
    await tx.$executeRaw`
      INSERT INTO "ReviewValue" ("orgId", "reviewId", "kpiId", "periodStart", value, status, target, "targetMin", "targetMax", "recordedAt")
      SELECT c."orgId", ${reviewId}, c."kpiId", c."periodStart", c.value, c.status, t.target, t."targetMin", t."targetMax", c."updatedAt"
        FROM "CheckIn" c
        JOIN "ReviewItem" ri ON ri."orgId" = c."orgId" AND ri."reviewId" = ${reviewId} AND ri."kpiId" = c."kpiId"
        LEFT JOIN LATERAL (
          SELECT kt.target, kt."targetMin", kt."targetMax" FROM "KpiTarget" kt
           WHERE kt."orgId" = c."orgId" AND kt."kpiId" = c."kpiId" AND kt."effectiveFrom" <= c."periodStart"
           ORDER BY kt."effectiveFrom" DESC LIMIT 1
        ) t ON true
       WHERE c."orgId" = ${actor.orgId} AND c."periodStart" BETWEEN ${review.periodStart} AND ${review.periodEnd}`;
    const closed = await tx.review.update({
      where: { orgId_id: { orgId: actor.orgId, id: reviewId } },
      data: { status: "closed", closedAt: now, closedByMembershipId: actor.membershipId },
      select: { id: true, closedAt: true },
    });
    await recordAudit(tx, { orgId: actor.orgId, actorUserId: actor.userId, action: "review.closed", targetType: "review", targetId: reviewId, after: { kpis: agenda.length } });
    await notify(
      tx,
      actor.orgId,
      review.participants
        .filter((p) => p.membershipId !== actor.membershipId)
        .map((p) => ({
          recipientMembershipId: p.membershipId,
          kind: "review_closed" as const,
          title: `Review closed: ${review.title}`,
          body: `${actor.userName} closed the review.`,
          link: `/reviews/${reviewId}`,
          dedupeKey: `review_closed:${reviewId}`,
        })),
    );
    return { id: closed.id, closedAt: closed.closedAt! };
  });
}
