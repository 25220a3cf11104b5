import type { PrismaClient } from "@tally/db";
import { detectRestatements, todayIn, type Restatement } from "@tally/domain";
import type { OrgActor } from "../actor";
import { isoDate } from "../kpi/decimal";
import { authorizeReview } from "./access";
import { liveAgenda, type AgendaItem } from "./agenda";

/** Everything a printed briefing pack of one review shows. */
export interface ReviewBriefing {
  review: { id: string; title: string; scope: string; scopeLabel: string; periodStart: string; periodEnd: string; status: "open" | "closed"; createdByName: string; closedByName: string | null; closedAt: Date | null };
  participants: { membershipId: string; name: string }[];
  items: AgendaItem[];
  entries: { id: string; kpiId: string | null; kind: "note" | "decision" | "adjustment"; text: string; change: unknown; kpiVersion: number | null; authorName: string; createdAt: Date }[];
  actions: { id: string; title: string; ownerName: string; dueDate: string; status: "open" | "done" | "dropped"; reviewId: string | null; kpiIds: string[] }[];
  restatements: (Restatement & { byName: string | null })[];
}

/** The review as its briefing pack shows it: frozen as closed, or live while open. The member must see the review. */
export async function loadReviewBriefing(db: PrismaClient, orgId: string, actor: OrgActor, reviewId: string, now: Date = new Date()): Promise<ReviewBriefing> {
  await authorizeReview(db, { ...actor, orgId }, reviewId, "review.view");
  const review = await db.review.findUniqueOrThrow({
    where: { orgId_id: { orgId, id: reviewId } },
    include: {
      createdBy: { select: { user: { select: { name: true } } } },
      closedBy: { select: { user: { select: { name: true } } } },
      participants: { select: { membershipId: true, membership: { select: { user: { select: { name: true } } } } } },
      items: { orderBy: { position: "asc" }, select: { kpiId: true, frozen: true } },
      entries: { orderBy: { createdAt: "asc" }, include: { author: { select: { user: { select: { name: true } } } } } },
    },
  });
  const kpiIds = review.items.map((item) => item.kpiId);
  const periodStart = isoDate(review.periodStart);
  const periodEnd = isoDate(review.periodEnd);
  const items =
    review.status === "closed" && review.items.every((item) => item.frozen)
      ? review.items.map((item) => item.frozen as unknown as AgendaItem)
      : await liveAgenda(db, { orgId, today: todayIn(actor.timeZone, now), weekStart: actor.weekStart, periodStart, periodEnd }, kpiIds);
  const actions = await db.action.findMany({
    where: { orgId, OR: [{ reviewId }, { kpis: { some: { kpiId: { in: kpiIds } } } }] },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    include: { owner: { select: { user: { select: { name: true } } } }, kpis: { select: { kpiId: true } } },
  });
  const restatementRows = await db.$queryRaw<
    { kpiId: string; periodStart: Date; frozen: string; current: string | null; recordedBy: string | null; updatedAt: Date | null; deletedBy: string | null; deletedAt: Date | null }[]
  >`
    SELECT rv."kpiId", rv."periodStart", rv.value::text AS frozen, c.value::text AS current, c."recordedByMembershipId" AS "recordedBy", c."updatedAt",
           d."deletedByMembershipId" AS "deletedBy", d."deletedAt"
    FROM "ReviewValue" rv
    LEFT JOIN "CheckIn" c ON c."orgId" = rv."orgId" AND c."kpiId" = rv."kpiId" AND c."periodStart" = rv."periodStart"
    LEFT JOIN LATERAL (
      SELECT "deletedByMembershipId", "deletedAt" FROM "CheckInDeletion" x
      WHERE x."orgId" = rv."orgId" AND x."kpiId" = rv."kpiId" AND x."periodStart" = rv."periodStart"
      ORDER BY "deletedAt" DESC LIMIT 1
    ) d ON true
    WHERE rv."orgId" = ${orgId} AND rv."reviewId" = ${reviewId} AND (c.id IS NULL OR c.value <> rv.value)`;
  const restatements = detectRestatements(
    restatementRows.map((row) => ({
      kpiId: row.kpiId,
      periodStart: isoDate(row.periodStart),
      frozen: row.frozen,
      current: row.current !== null && row.recordedBy && row.updatedAt ? { value: row.current, recordedByMembershipId: row.recordedBy, updatedAt: row.updatedAt } : null,
      deletion: row.deletedBy && row.deletedAt ? { deletedByMembershipId: row.deletedBy, deletedAt: row.deletedAt } : null,
    })),
  );
  const names = new Map(
    (await db.membership.findMany({ where: { orgId, id: { in: restatements.flatMap((r) => (r.byMembershipId ? [r.byMembershipId] : [])) } }, select: { id: true, user: { select: { name: true } } } })).map((m) => [m.id, m.user.name]),
  );
  return {
    review: {
      id: review.id,
      title: review.title,
      scope: review.scope,
      scopeLabel: review.scopeLabel,
      periodStart,
      periodEnd,
      status: review.status,
      createdByName: review.createdBy.user.name,
      closedByName: review.closedBy?.user.name ?? null,
      closedAt: review.closedAt,
    },
    participants: review.participants.map((p) => ({ membershipId: p.membershipId, name: p.membership.user.name })),
    items,
    entries: review.entries.map((e) => ({ id: e.id, kpiId: e.kpiId, kind: e.kind, text: e.text, change: e.change, kpiVersion: e.kpiVersion, authorName: e.author.user.name, createdAt: e.createdAt })),
    actions: actions.map((a) => ({ id: a.id, title: a.title, ownerName: a.owner.user.name, dueDate: isoDate(a.dueDate), status: a.status, reviewId: a.reviewId, kpiIds: a.kpis.map((k) => k.kpiId) })),
    restatements: restatements.map((r) => ({ ...r, byName: r.byMembershipId ? (names.get(r.byMembershipId) ?? null) : null })),
  };
}
