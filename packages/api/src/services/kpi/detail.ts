import type { PrismaClient } from "@tally/db";
import { can, canOnKpi, kpiStatus, progressToward, smartCheck, targetEntryFromInput, targetFor, todayIn, toNumberOrNull, type KpiScope, type TargetEntry } from "@tally/domain";
import type { OrgActor } from "../actor";
import { dateFromIso } from "./decimal";
import { readKpiPage } from "./detail-read";
import { calculatedDetail } from "./formula-detail";
import { judgeKpi, loadActorScope } from "./scope";

/** What the page judges with the member's teams: whether they see the KPI, may edit it and may record values. */
const JUDGED_ACTIONS = ["kpi.view", "kpi.update", "checkin.record"] as const;

/** Everything the KPI page shows, for a member who may see the KPI. */
export async function getKpi(db: PrismaClient, actor: OrgActor, kpiId: string, now: Date = new Date()) {
  // The member's teams and everything the page shows are read side by side, and judged before any of it is
  // returned: one round trip instead of an authorization and then the reads.
  const [scope, page] = await Promise.all([
    loadActorScope(db, actor.orgId, actor.membershipId, { role: actor.role, actions: JUDGED_ACTIONS }),
    readKpiPage(db, actor.orgId, kpiId),
  ]);
  const { kpi, ...values } = page;
  const kpiScope: KpiScope | null = kpi && {
    ownerMembershipId: kpi.owner.membershipId,
    contributorMembershipIds: kpi.contributors.map((contributor) => contributor.membershipId),
    category: kpi.category,
    visibility: kpi.visibility,
    teamId: kpi.team?.id ?? null,
    teamKind: kpi.team?.kind ?? null,
  };
  const access = judgeKpi(actor.role, "kpi.view", scope, kpiScope);
  if (!kpi) throw new Error("A KPI that passed judgement was loaded.");
  // People's addresses only for those who may list the members; everyone else sees names.
  const showsEmails = can(actor.role, "member.list");
  const person = ({ membershipId, name, email }: { membershipId: string; name: string; email: string }) => ({ membershipId, name, email: showsEmails ? email : null });

  const schedule: TargetEntry[] = kpi.targets.map(targetEntryFromInput);
  const today = todayIn(actor.timeZone, now);
  const latestPeriod = kpi.latestPeriodStart;
  const currentTarget = targetFor(schedule, latestPeriod ?? today);
  const baseline = toNumberOrNull(kpi.baseline);
  const latestValue = toNumberOrNull(kpi.latestValue);
  const calculated =
    kpi.formula === null
      ? null
      : await calculatedDetail(db, actor, { id: kpi.id, formula: kpi.formula, cadence: kpi.cadence, startDate: dateFromIso(kpi.startDate), endDate: kpi.endDate === null ? null : dateFromIso(kpi.endDate) }, today);

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
    baseline: kpi.baseline,
    cadence: kpi.cadence,
    startDate: kpi.startDate,
    endDate: kpi.endDate,
    visibility: kpi.visibility,
    benchmarkValue: kpi.benchmarkValue,
    benchmarkSource: kpi.benchmarkSource,
    templateKey: kpi.templateKey,
    archived: kpi.archived,
    /** For a calculated KPI: its formula, its inputs and why recent periods have no value. */
    calculated,
    owner: person(kpi.owner),
    team: kpi.team && { id: kpi.team.id, name: kpi.team.name, kind: kpi.team.kind },
    contributors: kpi.contributors.map(person),
    objectives: kpi.objectives,
    targets: kpi.targets,
    weekStart: actor.weekStart,
    latestPeriodStart: latestPeriod,
    latestValue: kpi.latestValue,
    status: kpiStatus({
      latestPeriodStart: latestPeriod,
      latestStatus: kpi.latestStatus,
      cadence: kpi.cadence,
      startDate: kpi.startDate,
      endDate: kpi.endDate,
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
      endDate: kpi.endDate,
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
