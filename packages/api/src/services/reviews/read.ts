import type { PrismaClient } from "@tally/db";
import { canOnReview, todayIn, type ReviewScopeKind } from "@tally/domain";
import type { OrgActor } from "../actor";
import { isoDate } from "../kpi/decimal";
import { authorizeReview, subjectOf } from "./access";
import { liveAgenda, type AgendaItem } from "./agenda";
import { loadRestatements, type RestatementView } from "./restatements";

export interface ReviewEntryView {
  id: string;
  kind: "note" | "decision" | "adjustment";
  kpiId: string | null;
  text: string;
  change: unknown;
  kpiVersion: number | null;
  authorMembershipId: string;
  authorName: string;
  createdAt: Date;
}

export interface ReviewDetail {
  id: string;
  title: string;
  scope: ReviewScopeKind;
  scopeId: string | null;
  scopeLabel: string;
  periodStart: string;
  periodEnd: string;
  status: "open" | "closed";
  createdBy: { membershipId: string; name: string };
  createdAt: Date;
  closedBy: { membershipId: string; name: string } | null;
  closedAt: Date | null;
  participants: { membershipId: string; name: string; email: string; role: string }[];
  /** Live while the review is open; as frozen at the close once closed. */
  agenda: AgendaItem[];
  entries: ReviewEntryView[];
  restatements: RestatementView[];
  /** What the reader may do on it now (false for everything once closed). */
  can: { note: boolean; run: boolean };
}

type Db = Pick<PrismaClient, "review" | "teamMembership" | "kpi" | "checkIn" | "actionKpi" | "$queryRaw" | "reviewEntry">;

const memberSelect = { id: true, role: true, user: { select: { name: true, email: true } } } as const;

/** Everything the review page shows, for a member who may view the review. */
export async function loadReview(db: Db, actor: OrgActor, reviewId: string, now = new Date()): Promise<ReviewDetail> {
  const { row: subjectRow, actorScope } = await authorizeReview(db, actor, reviewId, "review.view");
  const review = await db.review.findUniqueOrThrow({
    where: { orgId_id: { orgId: actor.orgId, id: reviewId } },
    include: {
      createdBy: { select: memberSelect },
      closedBy: { select: memberSelect },
      participants: { select: { membership: { select: memberSelect } } },
      items: { orderBy: { position: "asc" }, select: { kpiId: true, position: true, frozen: true } },
      entries: { orderBy: { createdAt: "asc" }, include: { author: { select: memberSelect } } },
    },
  });
  const periodStart = isoDate(review.periodStart);
  const periodEnd = isoDate(review.periodEnd);
  const closed = review.status === "closed";
  const agenda = closed
    ? review.items.flatMap((item) => (item.frozen ? [item.frozen as unknown as AgendaItem] : []))
    : await liveAgenda(db, { orgId: actor.orgId, today: todayIn(actor.timeZone, now), weekStart: actor.weekStart, periodStart, periodEnd }, review.items.map((item) => item.kpiId));
  const restatements = closed ? await loadRestatements(db, actor.orgId, reviewId) : [];
  const subject = subjectOf(subjectRow);
  return {
    id: review.id,
    title: review.title,
    scope: review.scope,
    scopeId: review.scopeId,
    scopeLabel: review.scopeLabel,
    periodStart,
    periodEnd,
    status: review.status,
    createdBy: { membershipId: review.createdBy.id, name: review.createdBy.user.name },
    createdAt: review.createdAt,
    closedBy: review.closedBy ? { membershipId: review.closedBy.id, name: review.closedBy.user.name } : null,
    closedAt: review.closedAt,
    participants: review.participants
      .map(({ membership }) => ({ membershipId: membership.id, name: membership.user.name, email: membership.user.email, role: membership.role }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    agenda,
    entries: review.entries.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      kpiId: entry.kpiId,
      text: entry.text,
      change: entry.change,
      kpiVersion: entry.kpiVersion,
      authorMembershipId: entry.authorMembershipId,
      authorName: entry.author.user.name,
      createdAt: entry.createdAt,
    })),
    restatements,
    can: {
      note: !closed && canOnReview(actor.role, "review.note", actorScope, subject),
      run: !closed && canOnReview(actor.role, "review.create", actorScope, subject),
    },
  };
}
