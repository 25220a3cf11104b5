import type { Prisma, PrismaClient } from "@tally/db";
import { canOnReview, type ActorScope, type ReviewAction, type ReviewSubject } from "@tally/domain";
import type { OrgActor } from "../actor";
import { DomainError, domainError, notFound } from "../errors";
import { loadActorScope, toKpiScope } from "../kpi/scope";

type Reader = Pick<PrismaClient, "review" | "teamMembership">;

const kpiScopeSelect = {
  ownerMembershipId: true,
  category: true,
  visibility: true,
  contributors: { select: { membershipId: true } },
  team: { select: { teamId: true, team: { select: { kind: true } } } },
} as const;

/** What the review access rule reads of a review, in one query. */
export const reviewSubjectSelect = {
  id: true,
  status: true,
  closedAt: true,
  createdByMembershipId: true,
  participants: { select: { membershipId: true } },
  items: { select: { kpi: { select: { id: true, ...kpiScopeSelect } } } },
} satisfies Prisma.ReviewSelect;

type SubjectRow = Prisma.ReviewGetPayload<{ select: typeof reviewSubjectSelect }>;

export function subjectOf(row: SubjectRow): ReviewSubject {
  return {
    createdByMembershipId: row.createdByMembershipId,
    participantMembershipIds: row.participants.map((p) => p.membershipId),
    kpis: row.items.map((item) => toKpiScope(item.kpi)),
  };
}

/** A closed review refuses every change: what it recorded is kept for good. */
export class ReviewClosedError extends DomainError {
  constructor() {
    super("conflict", "This review is closed. What it recorded is kept as it was; start a new review to change anything.");
    this.name = "ReviewClosedError";
  }
}

const FORBIDDEN: Record<Exclude<ReviewAction, "review.view">, string> = {
  "review.note": "You cannot add notes to this review. Ask whoever started it to invite you.",
  "review.create": "Only whoever started this review, or someone who may review all of its KPIs, can run it.",
};

export interface ReviewAccess {
  row: SubjectRow;
  actorScope: ActorScope;
}

/**
 * Loads a review and checks `action` on it for the member. A review they may not see is NOT_FOUND, exactly like one
 * that does not exist; one they see but may not act on is FORBIDDEN. `requireOpen` refuses a closed review.
 */
export async function authorizeReview(
  db: Reader,
  actor: OrgActor,
  reviewId: string,
  action: ReviewAction,
  { requireOpen = false }: { requireOpen?: boolean } = {},
): Promise<ReviewAccess> {
  const [row, actorScope] = await Promise.all([
    db.review.findUnique({ where: { orgId_id: { orgId: actor.orgId, id: reviewId } }, select: reviewSubjectSelect }),
    loadActorScope(db, actor.orgId, actor.membershipId),
  ]);
  if (!row) throw notFound("This review");
  const subject = subjectOf(row);
  if (!canOnReview(actor.role, "review.view", actorScope, subject)) throw notFound("This review");
  if (action !== "review.view" && !canOnReview(actor.role, action, actorScope, subject)) throw domainError("forbidden", FORBIDDEN[action]);
  if (requireOpen && row.status === "closed") throw new ReviewClosedError();
  return { row, actorScope };
}

/** Locks the review row for the rest of the transaction, so a close and a change never interleave. */
export async function lockOpenReview(tx: Pick<Prisma.TransactionClient, "$queryRaw">, orgId: string, reviewId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Review" WHERE "orgId" = ${orgId} AND id = ${reviewId} FOR UPDATE`;
  if (!rows[0]) throw notFound("This review");
  if (rows[0].status !== "open") throw new ReviewClosedError();
}
