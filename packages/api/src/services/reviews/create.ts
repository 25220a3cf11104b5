import type { PrismaClient } from "@tally/db";
import { agendaOrder, reviewPeriod, todayIn, type StartReviewInput } from "@tally/domain";
import type { OrgActor } from "../actor";
import { recordAudit } from "../audit";
import { dateFromIso } from "../kpi/decimal";
import { kpiAccessWhere, loadActorScope } from "../kpi/scope";
import { notify } from "../notifications/notify";
import { domainError, fieldError } from "../errors";
import { liveAgenda } from "./agenda";

type Db = Pick<PrismaClient, "team" | "objective" | "membership" | "kpi" | "checkIn" | "actionKpi" | "teamMembership" | "$queryRaw" | "$transaction">;

async function scopeLabel(db: Db, orgId: string, input: Pick<StartReviewInput, "scope" | "scopeId" | "kpiIds">): Promise<string> {
  if (input.scope === "organization") return "Whole organization";
  if (input.scope === "kpis") return `${input.kpiIds.length} chosen KPI${input.kpiIds.length === 1 ? "" : "s"}`;
  const found =
    input.scope === "team"
      ? await db.team.findFirst({ where: { orgId, id: input.scopeId! }, select: { name: true } })
      : await db.objective.findFirst({ where: { orgId, id: input.scopeId! }, select: { name: true } });
  if (!found) throw fieldError("scopeId", input.scope === "team" ? "Choose a team of this organization." : "Choose an objective of this organization.");
  return found.name;
}

/**
 * Starts a review. Its agenda is the KPIs of the scope that the starter may review (canOnKpi review.create), not
 * archived, ordered with those needing attention first; participants are notified.
 */
export async function createReview(db: Db, actor: OrgActor, input: Omit<StartReviewInput, "orgId">, now = new Date()): Promise<{ id: string }> {
  const { orgId } = actor;
  const label = await scopeLabel(db, orgId, input);
  const actorScope = await loadActorScope(db, orgId, actor.membershipId);
  const scopeWhere =
    input.scope === "team"
      ? { team: { teamId: input.scopeId! } }
      : input.scope === "objective"
        ? { objectives: { some: { objectiveId: input.scopeId! } } }
        : input.scope === "kpis"
          ? { id: { in: input.kpiIds } }
          : {};
  const kpis = await db.kpi.findMany({
    where: { AND: [{ orgId, archivedAt: null }, scopeWhere, kpiAccessWhere(actor.role, "review.create", actorScope)] },
    select: { id: true },
  });
  if (input.scope === "kpis" && kpis.length !== input.kpiIds.length) throw fieldError("kpiIds", "You may not review some of these KPIs, or they are archived.");
  if (!kpis.length) throw domainError("invalid", "There is no KPI in this scope that you may review.");
  const participants = input.participantMembershipIds.length
    ? await db.membership.findMany({ where: { orgId, id: { in: input.participantMembershipIds }, status: "active" }, select: { id: true } })
    : [];
  if (participants.length !== input.participantMembershipIds.length) throw fieldError("participantMembershipIds", "Invite active members of this organization only.");
  const { periodStart, periodEnd } = reviewPeriod(input.period, input.periodStart, input.periodEnd);
  const live = await liveAgenda(db, { orgId, today: todayIn(actor.timeZone, now), weekStart: actor.weekStart, periodStart, periodEnd }, kpis.map((k) => k.id));
  const ordered = agendaOrder(live);
  const memberIds = [...new Set([actor.membershipId, ...participants.map((p) => p.id)])];
  return db.$transaction(async (tx) => {
    const review = await tx.review.create({
      data: {
        orgId,
        title: input.title,
        scope: input.scope,
        scopeId: input.scope === "team" || input.scope === "objective" ? input.scopeId : null,
        scopeLabel: label,
        periodStart: dateFromIso(periodStart),
        periodEnd: dateFromIso(periodEnd),
        createdByMembershipId: actor.membershipId,
      },
      select: { id: true },
    });
    await tx.reviewParticipant.createMany({ data: memberIds.map((membershipId) => ({ orgId, reviewId: review.id, membershipId })) });
    await tx.reviewItem.createMany({ data: ordered.map((item, position) => ({ orgId, reviewId: review.id, kpiId: item.kpiId, position })) });
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      action: "review.created",
      targetType: "review",
      targetId: review.id,
      after: { title: input.title, scope: input.scope, scopeLabel: label, periodStart, periodEnd, kpis: ordered.length, participants: memberIds.length },
    });
    await notify(
      tx,
      orgId,
      memberIds
        .filter((id) => id !== actor.membershipId)
        .map((id) => ({
          recipientMembershipId: id,
          kind: "review_invited" as const,
          title: `You are invited to a review: ${input.title}`,
          body: `${actor.userName} started a review of ${label}, ${periodStart} to ${periodEnd}.`,
          link: `/reviews/${review.id}`,
          dedupeKey: `review_invited:${review.id}`,
        })),
    );
    return review;
  });
}
