import type { PrismaClient } from "@tally/db";
import { adjustedDefinition, adjustedTargetIndex, describeAdjustment, updateKpiSchema, type ReviewAdjustmentInput, type UpdateKpiInput } from "@tally/domain";
import type { OrgActor } from "../actor";
import { recordAudit } from "../audit";
import { DomainError, domainError, fieldError, notFound } from "../errors";
import { isoDate } from "../kpi/decimal";
import { kpiUpdateRefusal, setKpiArchivedWithin, updateKpiWithin } from "../kpi/definitions";
import { snapshotInclude } from "../kpi/definition-snapshot";
import { authorizeReview, lockOpenReview } from "./access";

type StoredKpi = NonNullable<Awaited<ReturnType<typeof readKpi>>>;

function readKpi(db: Pick<PrismaClient, "kpi">, orgId: string, kpiId: string) {
  return db.kpi.findUnique({ where: { orgId_id: { orgId, id: kpiId } }, include: snapshotInclude });
}

const decimal = (value: { toString(): string } | null) => (value === null ? null : value.toString());

/** The KPI's saved definition as the edit form would send it back unchanged. */
function definitionOf(kpi: StoredKpi): UpdateKpiInput {
  return {
    kpiId: kpi.id,
    version: kpi.version,
    name: kpi.name,
    description: kpi.description,
    category: kpi.category,
    unit: kpi.unit,
    currency: kpi.currency,
    durationUnit: kpi.durationUnit,
    decimals: kpi.decimals,
    direction: kpi.direction,
    baseline: decimal(kpi.baseline),
    targets: kpi.targets.map((target) => ({
      effectiveFrom: isoDate(target.effectiveFrom),
      target: decimal(target.target),
      targetMin: decimal(target.targetMin),
      targetMax: decimal(target.targetMax),
      warning: decimal(target.warning),
      tolerance: decimal(target.tolerance),
    })),
    cadence: kpi.cadence,
    startDate: isoDate(kpi.startDate),
    endDate: kpi.endDate ? isoDate(kpi.endDate) : null,
    ownerMembershipId: kpi.ownerMembershipId,
    contributorMembershipIds: kpi.contributors.map((c) => c.membershipId),
    teamId: kpi.team?.teamId ?? null,
    objectiveIds: kpi.objectives.map((o) => o.objectiveId),
    visibility: kpi.visibility,
    benchmarkValue: decimal(kpi.benchmarkValue),
    benchmarkSource: kpi.benchmarkSource,
    templateKey: kpi.templateKey,
    code: kpi.code,
    formula: kpi.formula,
  };
}

const TARGET_FIELDS = new Set(["effectiveFrom", "target", "targetMin", "targetMax", "warning", "tolerance"]);

/**
 * The adjusted definition, judged by the KPI's own rules. A refusal names the adjustment's field: the target
 * entry's own fields for a new target, the owner for a new owner.
 */
function checkedDefinition(kpi: StoredKpi, adjustment: ReviewAdjustmentInput): UpdateKpiInput {
  const next = adjustedDefinition(definitionOf(kpi), adjustment);
  const parsed = updateKpiSchema.safeParse(next);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [head, index, field] = issue.path.map(String);
  if (adjustment.change === "target" && head === "targets") {
    const written = adjustedTargetIndex(next.targets, adjustment.effectiveFrom);
    if (String(written) === index && field && TARGET_FIELDS.has(field)) throw fieldError(field, issue.message);
    throw fieldError("effectiveFrom", issue.message);
  }
  if (adjustment.change === "owner" && head === "ownerMembershipId") throw fieldError("ownerMembershipId", issue.message);
  throw domainError("invalid", `${kpi.name} cannot take this change as it stands: ${issue.message} Edit the KPI itself first.`);
}

/**
 * Applies an adjustment decided in an open review — a target entry from a date, archiving, or a new owner —
 * through the KPI's edit rules (the member must be allowed to edit the KPI; a new version, its history and the
 * audit log as for any edit), and records it on the review with the version it produced, in one transaction.
 */
export async function adjustFromReview(db: PrismaClient, actor: OrgActor, input: ReviewAdjustmentInput): Promise<{ entryId: string; kpiVersion: number }> {
  const { row } = await authorizeReview(db, actor, input.reviewId, "review.create", { requireOpen: true });
  if (!row.items.some((item) => item.kpi.id === input.kpiId)) throw fieldError("kpiId", "This KPI is not on the review's agenda.");
  let attempted: UpdateKpiInput | null = null;
  try {
    return await db.$transaction(async (tx) => {
      await lockOpenReview(tx, actor.orgId, input.reviewId);
      const kpi = await readKpi(tx, actor.orgId, input.kpiId);
      if (!kpi) throw notFound("This KPI");
      let kpiVersion: number;
      if (input.change === "archive") {
        if (kpi.archivedAt) throw domainError("conflict", `${kpi.name} is already archived.`);
        ({ version: kpiVersion } = await setKpiArchivedWithin(tx, actor, kpi.id, true));
      } else {
        attempted = checkedDefinition(kpi, input);
        ({ version: kpiVersion } = await updateKpiWithin(tx, actor, attempted));
      }
      const newOwner =
        input.change === "owner"
          ? await tx.membership.findUnique({ where: { orgId_id: { orgId: actor.orgId, id: input.ownerMembershipId } }, select: { user: { select: { name: true } } } })
          : null;
      const summary = describeAdjustment(input, { kpi: kpi.name, newOwner: newOwner?.user.name });
      const { reviewId: _reviewId, kpiId: _kpiId, reason, ...change } = input;
      const entry = await tx.reviewEntry.create({
        data: {
          orgId: actor.orgId,
          reviewId: input.reviewId,
          kpiId: kpi.id,
          kind: "adjustment",
          text: reason ? `${summary} ${reason}` : summary,
          change: { ...change, summary, reason },
          kpiVersion,
          authorMembershipId: actor.membershipId,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: "review.adjusted",
        targetType: "review",
        targetId: input.reviewId,
        after: { kpiId: kpi.id, change: input.change, kpiVersion },
      });
      return { entryId: entry.id, kpiVersion };
    });
  } catch (error) {
    if (error instanceof DomainError || !attempted) throw error;
    throw await kpiUpdateRefusal(db, actor, attempted, error);
  }
}
