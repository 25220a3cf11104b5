import type { PrismaClient } from "@tally/db";
import { can, canOnKpi, kpiStatus, progressToward, smartCheck, targetFor, todayIn, type TargetEntry } from "@tally/domain";
import type { OrgActor } from "../actor";
import { decimalNumber, decimalText, isoDate, isoDateOrNull } from "./decimal";
import { calculatedDetail } from "./formula-detail";
import { toTargetEntries } from "./latest";
import { authorizeKpi } from "./scope";

const RECENT_CHECK_INS = 24;
const HISTORY_ENTRIES = 50;

/** Everything the KPI page shows, for a member who may see the KPI. */
export async function getKpi(db: PrismaClient, actor: OrgActor, kpiId: string, now: Date = new Date()) {
  const { actor: scope, scope: kpiScope } = await authorizeKpi(db, actor.orgId, actor, kpiId, "kpi.view");
  const [kpi, checkIns, revisions, extremes] = await Promise.all([
    db.kpi.findUniqueOrThrow({
      where: { orgId_id: { orgId: actor.orgId, id: kpiId } },
      include: {
        owner: { select: { id: true, user: { select: { name: true, email: true } } } },
        team: { select: { team: { select: { id: true, name: true, kind: true } } } },
        contributors: { select: { membership: { select: { id: true, user: { select: { name: true, email: true } } } } } },
        objectives: { select: { objective: { select: { id: true, name: true } } } },
        targets: { orderBy: { effectiveFrom: "asc" } },
      },
    }),
    db.checkIn.findMany({
      where: { orgId: actor.orgId, kpiId },
      orderBy: { periodStart: "desc" },
      take: RECENT_CHECK_INS,
      select: {
        id: true,
        periodStart: true,
        value: true,
        comment: true,
        updatedAt: true,
        source: true,
        recordedBy: { select: { user: { select: { name: true } } } },
        revisions: {
          orderBy: { replacedAt: "desc" },
          select: { id: true, value: true, comment: true, recordedAt: true, replacedAt: true, source: true, recordedBy: { select: { user: { select: { name: true } } } } },
        },
      },
    }),
    db.kpiRevision.findMany({ where: { orgId: actor.orgId, kpiId }, orderBy: { createdAt: "desc" }, take: HISTORY_ENTRIES }),
    // The SMART check's "achievable" needs only the lowest and highest recorded values (see achievableCheck).
    db.checkIn.aggregate({ where: { orgId: actor.orgId, kpiId }, _min: { value: true }, _max: { value: true } }),
  ]);
  const authorIds = [...new Set(revisions.map((r) => r.changedByUserId).filter((id): id is string => Boolean(id)))];
  const authors = authorIds.length ? await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }) : [];
  const authorName = new Map(authors.map((a) => [a.id, a.name]));
  // People's addresses only for those who may list the members; everyone else sees names.
  const showsEmails = can(actor.role, "member.list");

  const schedule: TargetEntry[] = toTargetEntries(kpi.targets);
  const today = todayIn(actor.timeZone, now);
  const latestPeriod = isoDateOrNull(kpi.latestPeriodStart);
  const currentTarget = targetFor(schedule, latestPeriod ?? today);
  const baseline = decimalNumber(kpi.baseline);
  const latestValue = decimalNumber(kpi.latestValue);
  const calculated = kpi.formula === null ? null : await calculatedDetail(db, actor, { ...kpi, formula: kpi.formula }, today);

  return {
    id: kpi.id,
    version: kpi.version,
    name: kpi.name,
    code: kpi.code,
    description: kpi.description,
    category: kpi.category,
    unit: kpi.unit,
    currency: kpi.currency,
    durationUnit: kpi.durationUnit,
    decimals: kpi.decimals,
    direction: kpi.direction,
    baseline: decimalText(kpi.baseline),
    cadence: kpi.cadence,
    startDate: isoDate(kpi.startDate),
    endDate: isoDateOrNull(kpi.endDate),
    visibility: kpi.visibility,
    benchmarkValue: decimalText(kpi.benchmarkValue),
    benchmarkSource: kpi.benchmarkSource,
    templateKey: kpi.templateKey,
    archived: kpi.archivedAt !== null,
    /** For a calculated KPI: its formula, its inputs and why recent periods have no value. */
    calculated,
    owner: { membershipId: kpi.owner.id, name: kpi.owner.user.name, email: showsEmails ? kpi.owner.user.email : null },
    team: kpi.team?.team ?? null,
    contributors: kpi.contributors.map((c) => ({
      membershipId: c.membership.id,
      name: c.membership.user.name,
      email: showsEmails ? c.membership.user.email : null,
    })),
    objectives: kpi.objectives.map((o) => o.objective),
    targets: kpi.targets.map((t) => ({
      effectiveFrom: isoDate(t.effectiveFrom),
      target: decimalText(t.target),
      targetMin: decimalText(t.targetMin),
      targetMax: decimalText(t.targetMax),
      warning: decimalText(t.warning),
      tolerance: decimalText(t.tolerance),
    })),
    weekStart: actor.weekStart,
    latestPeriodStart: latestPeriod,
    latestValue: decimalText(kpi.latestValue),
    status: kpiStatus({
      latestPeriodStart: latestPeriod,
      latestStatus: kpi.latestStatus,
      cadence: kpi.cadence,
      startDate: isoDate(kpi.startDate),
      endDate: isoDateOrNull(kpi.endDate),
      today,
      weekStart: actor.weekStart,
    }),
    progress: latestValue === null || kpi.direction === "range" ? null : progressToward(latestValue, baseline, currentTarget?.target ?? null),
    smart: smartCheck({
      description: kpi.description,
      hasOwner: true,
      unit: kpi.unit,
      direction: kpi.direction,
      currentTarget,
      baseline,
      history: [extremes._min.value, extremes._max.value].flatMap((value) => (value === null ? [] : [value.toNumber()])),
      objectiveCount: kpi.objectives.length,
      cadence: kpi.cadence,
      endDate: isoDateOrNull(kpi.endDate),
    }),
    checkIns: checkIns.map((c) => ({
      id: c.id,
      periodStart: isoDate(c.periodStart),
      value: c.value.toString(),
      comment: c.comment,
      recordedBy: c.recordedBy.user.name,
      recordedAt: c.updatedAt,
      source: c.source,
      revisions: c.revisions.map((r) => ({
        id: r.id,
        value: r.value.toString(),
        comment: r.comment,
        recordedBy: r.recordedBy.user.name,
        recordedAt: r.recordedAt,
        source: r.source,
        replacedAt: r.replacedAt,
      })),
    })),
    history: revisions.map((r) => ({
      id: r.id,
      version: r.version,
      changedBy: r.changedByUserId ? (authorName.get(r.changedByUserId) ?? "A former member") : "System",
      changedAt: r.createdAt,
      changes: r.changes,
    })),
    permissions: {
      canEdit: canOnKpi(actor.role, "kpi.update", scope, kpiScope),
      // A calculated KPI's values come from its formula alone.
      canRecord: kpi.formula === null && canOnKpi(actor.role, "checkin.record", scope, kpiScope),
    },
  };
}
