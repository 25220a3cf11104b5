import type { PrismaClient } from "@tally/db";
import { can, canOnKpi, kpiStatus, progressToward, smartCheck, targetFor, todayIn, type TargetEntry } from "@tally/domain";
import type { OrgActor } from "../actor";
import { decimalNumber, decimalText, isoDate, isoDateOrNull } from "./decimal";
import { calculatedDetail } from "./formula-detail";
import { toTargetEntries } from "./latest";
import { kpiPageValues } from "./detail-values";
import { judgeKpi, loadActorScope, toKpiScope } from "./scope";

/** What the page judges with the member's teams: whether they see the KPI, may edit it and may record values. */
const JUDGED_ACTIONS = ["kpi.view", "kpi.update", "checkin.record"] as const;

/** Everything the KPI page shows, for a member who may see the KPI. */
export async function getKpi(db: PrismaClient, actor: OrgActor, kpiId: string, now: Date = new Date()) {
  // The KPI, the member's teams and everything the page shows are read side by side, and judged before any of
  // it is returned: one round trip instead of an authorization and then the reads.
  const [kpi, scope, values] = await Promise.all([
    db.kpi.findUnique({
      where: { orgId_id: { orgId: actor.orgId, id: kpiId } },
      include: {
        owner: { select: { id: true, user: { select: { name: true, email: true } } } },
        team: { select: { team: { select: { id: true, name: true, kind: true } } } },
        contributors: { select: { membership: { select: { id: true, user: { select: { name: true, email: true } } } } } },
        objectives: { select: { objective: { select: { id: true, name: true } } } },
        targets: { orderBy: { effectiveFrom: "asc" } },
      },
    }),
    loadActorScope(db, actor.orgId, actor.membershipId, { role: actor.role, actions: JUDGED_ACTIONS }),
    kpiPageValues(db, actor.orgId, kpiId),
  ]);
  const kpiScope = kpi
    ? toKpiScope({
        ownerMembershipId: kpi.ownerMembershipId,
        category: kpi.category,
        visibility: kpi.visibility,
        contributors: kpi.contributors.map((c) => ({ membershipId: c.membership.id })),
        team: kpi.team && { teamId: kpi.team.team.id, team: { kind: kpi.team.team.kind } },
      })
    : null;
  const access = judgeKpi(actor.role, "kpi.view", scope, kpiScope);
  if (!kpi) throw new Error("A KPI that passed judgement was loaded.");
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
      history: values.extremes,
      objectiveCount: kpi.objectives.length,
      cadence: kpi.cadence,
      endDate: isoDateOrNull(kpi.endDate),
    }),
    checkIns: values.checkIns,
    history: values.history.map(({ changedByUserId, authorName, ...entry }) => ({
      ...entry,
      changedBy: changedByUserId ? (authorName ?? "A former member") : "System",
    })),
    permissions: {
      canEdit: canOnKpi(actor.role, "kpi.update", access.actor, access.scope),
      // A calculated KPI's values come from its formula alone.
      canRecord: kpi.formula === null && canOnKpi(actor.role, "checkin.record", access.actor, access.scope),
    },
  };
}
