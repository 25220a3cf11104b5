import type { PrismaClient } from "@tally/db";
import { canOnReview } from "@tally/domain";
import type { OrgActor } from "../actor";
import { isoDate } from "../kpi/decimal";
import { loadActorScope } from "../kpi/scope";
import { reviewSubjectSelect, subjectOf } from "./access";

export interface ReviewListItem {
  id: string;
  title: string;
  scopeLabel: string;
  periodStart: string;
  periodEnd: string;
  status: "open" | "closed";
  createdByName: string;
  closedAt: Date | null;
  kpiCount: number;
  participantCount: number;
}

type Db = Pick<PrismaClient, "review" | "teamMembership">;

/** The reviews the member may view, open ones first, newest period first. */
export async function listReviews(db: Db, actor: OrgActor): Promise<ReviewListItem[]> {
  const [rows, actorScope] = await Promise.all([
    db.review.findMany({
      where: { orgId: actor.orgId },
      orderBy: [{ status: "asc" }, { periodEnd: "desc" }, { createdAt: "desc" }],
      select: { ...reviewSubjectSelect, title: true, scopeLabel: true, periodStart: true, periodEnd: true, createdBy: { select: { user: { select: { name: true } } } } },
    }),
    loadActorScope(db, actor.orgId, actor.membershipId),
  ]);
  return rows
    .filter((row) => canOnReview(actor.role, "review.view", actorScope, subjectOf(row)))
    .map((row) => ({
      id: row.id,
      title: row.title,
      scopeLabel: row.scopeLabel,
      periodStart: isoDate(row.periodStart),
      periodEnd: isoDate(row.periodEnd),
      status: row.status,
      createdByName: row.createdBy.user.name,
      closedAt: row.closedAt,
      kpiCount: row.items.length,
      participantCount: row.participants.length,
    }));
}
