import type { PrismaClient } from "@tally/db";
import type { OrgActor } from "../actor";
import { isoDate } from "../kpi/decimal";
import type { AgendaItem } from "./agenda";
import { loadReview, type ReviewDetail, type ReviewEntryView } from "./read";
import type { RestatementView } from "./restatements";

export interface BriefingAction {
  id: string;
  title: string;
  status: string;
  dueDate: string;
  ownerName: string;
  /** Decided in this review, rather than only linked to one of its KPIs. */
  fromThisReview: boolean;
  kpiIds: string[];
}

/** One KPI of the pack: its agenda item with the notes, decisions, adjustments and actions about it. */
export interface BriefingKpi {
  item: AgendaItem;
  notes: ReviewEntryView[];
  decisions: ReviewEntryView[];
  adjustments: ReviewEntryView[];
  actions: BriefingAction[];
}

/** Everything a printed briefing pack of a review holds. */
export interface ReviewBriefing {
  review: Omit<ReviewDetail, "agenda" | "entries" | "restatements" | "can">;
  kpis: BriefingKpi[];
  /** Notes and decisions about the review as a whole. */
  generalNotes: ReviewEntryView[];
  generalDecisions: ReviewEntryView[];
  /** Actions decided in the review that name none of its KPIs. */
  otherActions: BriefingAction[];
  restatements: RestatementView[];
  /** What the reader may do on the review now (false for everything once closed). */
  can: ReviewDetail["can"];
}

type Db = Parameters<typeof loadReview>[0] & Pick<PrismaClient, "action">;

/**
 * The briefing pack of a review for a member who may view it: the same facts the review page shows (live while
 * open, frozen once closed), grouped per KPI, with the actions decided in the review or linked to its KPIs.
 */
export async function loadReviewBriefing(db: Db, orgId: string, actor: OrgActor, reviewId: string): Promise<ReviewBriefing> {
  const detail = await loadReview(db, { ...actor, orgId }, reviewId);
  const kpiIds = detail.agenda.map((item) => item.kpiId);
  const actionRows = await db.action.findMany({
    where: { orgId, OR: [{ reviewId }, { kpis: { some: { kpiId: { in: kpiIds } } } }] },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    select: { id: true, title: true, status: true, dueDate: true, reviewId: true, owner: { select: { user: { select: { name: true } } } }, kpis: { select: { kpiId: true } } },
  });
  const actions: BriefingAction[] = actionRows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    dueDate: isoDate(row.dueDate),
    ownerName: row.owner.user.name,
    fromThisReview: row.reviewId === reviewId,
    kpiIds: row.kpis.map((k) => k.kpiId),
  }));
  const about = (kpiId: string | null, kind: ReviewEntryView["kind"]) => detail.entries.filter((e) => e.kpiId === kpiId && e.kind === kind);
  const { agenda: _agenda, entries: _entries, restatements, can, ...review } = detail;
  return {
    review,
    kpis: detail.agenda.map((item) => ({
      item,
      notes: about(item.kpiId, "note"),
      decisions: about(item.kpiId, "decision"),
      adjustments: about(item.kpiId, "adjustment"),
      actions: actions.filter((a) => a.kpiIds.includes(item.kpiId)),
    })),
    generalNotes: about(null, "note"),
    generalDecisions: about(null, "decision"),
    otherActions: actions.filter((a) => a.fromThisReview && !a.kpiIds.some((id) => kpiIds.includes(id))),
    restatements,
    can,
  };
}
