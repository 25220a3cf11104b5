import { describe, expect, it } from "vitest";
import type { Role } from "@tally/db";
import { KPI_STATUSES, ROLES, dueCutoff, previousPeriodStart, todayIn } from "@tally/domain";
import { describeError } from "../src/trpc/error-shape";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function as(world: OrgWorld, role: Role) {
  return callerFor(db(), world.members[role].sessionId);
}

async function create(world: OrgWorld, overrides: Record<string, unknown> = {}) {
  const { id } = await as(world, "admin").kpi.create({
    orgSlug: world.org.slug,
    ...kpiDefinition({ ownerMembershipId: world.members.admin.membershipId, ...overrides }),
  } as never);
  return id;
}

/** The monthly period that is due today on the organization's calendar, and the one before it. */
async function duePeriods(world: OrgWorld) {
  const org = await db().organization.findUniqueOrThrow({ where: { id: world.org.id }, select: { timeZone: true, weekStart: true } });
  const due = dueCutoff("monthly", todayIn(org.timeZone, new Date()), org.weekStart);
  return { due, before: previousPeriodStart(due, "monthly", org.weekStart) };
}

async function record(world: OrgWorld, kpiId: string, date: string, value: string) {
  await as(world, "admin").checkIn.record({ orgSlug: world.org.slug, kpiId, date, value });
}

async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    const described = describeError(error);
    return { code: described.code, fields: Object.keys(described.fieldErrors ?? {}), message: described.message };
  }
  throw new Error("The call succeeded.");
}

/**
 * The department of the world with an organization-wide KPI on track, a restricted one off track (seen only by
 * the department's members and by those who see everything), one without any value (overdue), and a KPI of
 * another team.
 */
async function departmentWorld(label: string) {
  const world = await createOrgWorld(db(), label);
  const departmentId = world.teams.department.id;
  const { due, before } = await duePeriods(world);
  // Targets ≥ 105 with a warning at 98, baseline 92 (see kpiDefinition).
  const onTrack = await create(world, { name: "Department on track", teamId: departmentId });
  const restricted = await create(world, { name: "Department restricted", teamId: departmentId, visibility: "restricted" });
  const silent = await create(world, { name: "Department silent", teamId: departmentId });
  const elsewhere = await create(world, { name: "Project KPI", teamId: world.teams.project.id, category: "project" });
  await record(world, onTrack, before, "90");
  await record(world, onTrack, due, "106");
  await record(world, restricted, due, "80");
  await record(world, elsewhere, due, "110");
  return { world, departmentId, due, before, kpis: { onTrack, restricted, silent, elsewhere } };
}

describe("team.kpis", () => {
  it("lists the team's KPIs the member may see, with status, latest value and its period, target and trend", async () => {
    const { world, departmentId, due, before, kpis } = await departmentWorld("team-kpis");
    const answer = await as(world, "executive").team.kpis({ orgSlug: world.org.slug, teamId: departmentId });
    expect(answer.team).toMatchObject({ id: departmentId, kind: "department" });
    expect(answer.total).toBe(3);
    expect(answer.kpis.map((kpi) => kpi.name)).toEqual(["Department on track", "Department restricted", "Department silent"]);
    const onTrack = answer.kpis.find((kpi) => kpi.id === kpis.onTrack)!;
    expect(onTrack).toMatchObject({ status: "on_track", latestValue: "106", latestPeriodStart: due, target: { target: "105" }, trend: [90, 106] });
    expect(before < due).toBe(true);
    expect(answer.kpis.find((kpi) => kpi.id === kpis.silent)).toMatchObject({ status: "overdue", latestValue: null, latestPeriodStart: null, trend: [] });
    expect(answer.counts).toEqual({ on_track: 1, at_risk: 0, off_track: 1, overdue: 1, no_data: 0 });
  });

  it("shows each role exactly the KPIs and counts the KPI list shows it for the team", async () => {
    const { world, departmentId } = await departmentWorld("team-roles");
    const seen: Record<string, string[]> = {};
    for (const role of ROLES) {
      const caller = as(world, role);
      const answer = await caller.team.kpis({ orgSlug: world.org.slug, teamId: departmentId });
      seen[role] = answer.kpis.map((kpi) => kpi.name);
      const list = await caller.kpi.list({ orgSlug: world.org.slug, teamId: departmentId });
      expect({ role, total: answer.total }).toEqual({ role, total: list.total });
      for (const status of KPI_STATUSES) {
        const filtered = await caller.kpi.list({ orgSlug: world.org.slug, teamId: departmentId, status });
        expect({ role, status, count: answer.counts[status] }).toEqual({ role, status, count: filtered.total });
      }
    }
    const everything = ["Department on track", "Department restricted", "Department silent"];
    expect(seen).toEqual({
      admin: everything,
      executive: everything,
      // The manager leads the department and the viewer belongs to it: both see its restricted KPI.
      manager: everything,
      viewer: everything,
      hr: ["Department on track", "Department silent"],
      project_lead: ["Department on track", "Department silent"],
    });
  });

  it("answers NOT_FOUND for a team of another organization, or none", async () => {
    const { world } = await departmentWorld("team-foreign");
    const other = await createOrgWorld(db(), "team-other");
    const caller = as(world, "executive");
    expect(await outcomeOf(caller.team.kpis({ orgSlug: world.org.slug, teamId: other.teams.department.id }))).toBe("NOT_FOUND");
    expect(await outcomeOf(caller.team.healthHistory({ orgSlug: world.org.slug, teamId: other.teams.department.id }))).toBe("NOT_FOUND");
    expect(await outcomeOf(caller.team.kpis({ orgSlug: world.org.slug, teamId: "nosuchteam" }))).toBe("NOT_FOUND");
  });
});

describe("team.healthHistory", () => {
  it("counts the team's visible KPIs by status for twelve months, ending with today's counts", async () => {
    const { world, departmentId } = await departmentWorld("team-history");
    for (const role of ["executive", "hr"] as const) {
      const caller = as(world, role);
      const [history, now] = await Promise.all([
        caller.team.healthHistory({ orgSlug: world.org.slug, teamId: departmentId }),
        caller.team.kpis({ orgSlug: world.org.slug, teamId: departmentId }),
      ]);
      expect(history.months).toHaveLength(12);
      expect(history.months.at(-1)!.counts).toEqual(now.counts);
      // Every KPI started in January 2025, so each month counts every KPI the member sees.
      for (const month of history.months) expect(KPI_STATUSES.reduce((sum, status) => sum + month.counts[status], 0)).toBe(now.total);
    }
  });
});

/** An objective with three linked KPIs: one on track, one off track (restricted to the department) and one overdue. */
async function objectiveWorld(label: string) {
  const base = await departmentWorld(label);
  const { world, kpis } = base;
  const objective = await as(world, "executive").objective.create({
    orgSlug: world.org.slug,
    name: "Grow the department",
    description: "More of everything.",
    ownerMembershipId: world.members.executive.membershipId,
    dueDate: "2027-06-30",
  });
  await db().kpiObjective.createMany({
    data: [kpis.onTrack, kpis.restricted, kpis.silent].map((kpiId) => ({ orgId: world.org.id, objectiveId: objective.id, kpiId })),
  });
  return { ...base, objectiveId: objective.id };
}

describe("objective.get", () => {
  it("shows the objective with its visible linked KPIs and an equally weighted roll-up by default", async () => {
    const { world, objectiveId, kpis, due } = await objectiveWorld("objective-get");
    const answer = await as(world, "executive").objective.get({ orgSlug: world.org.slug, objectiveId });
    expect(answer).toMatchObject({
      name: "Grow the department",
      description: "More of everything.",
      dueDate: "2027-06-30",
      owner: { membershipId: world.members.executive.membershipId },
      canEditWeights: true,
    });
    expect(answer.kpis.map((kpi) => [kpi.name, kpi.status, kpi.weight])).toEqual([
      ["Department on track", "on_track", "1"],
      ["Department restricted", "off_track", "1"],
      ["Department silent", "overdue", "1"],
    ]);
    expect(answer.kpis[0]).toMatchObject({ id: kpis.onTrack, latestValue: "106", latestPeriodStart: due, trend: [90, 106] });
    expect(answer.rollup.linkCount).toBe(3);
    expect(answer.rollup.onTrack).toBeCloseTo(1 / 3, 12);
    // Progress from the baseline 92 toward the target 105: 106 is past it (1), 80 went the wrong way (0).
    expect(answer.rollup.progress).toBe(0.5);
    expect(answer.rollup.progressCoverage).toBeCloseTo(2 / 3, 12);
  });

  it("rolls up over exactly the KPIs the member may see", async () => {
    const { world, objectiveId } = await objectiveWorld("objective-roles");
    const hr = await as(world, "hr").objective.get({ orgSlug: world.org.slug, objectiveId });
    expect(hr.kpis.map((kpi) => kpi.name)).toEqual(["Department on track", "Department silent"]);
    expect(hr.rollup.onTrack).toBe(0.5);
    expect(hr.canEditWeights).toBe(false);
    const viewer = await as(world, "viewer").objective.get({ orgSlug: world.org.slug, objectiveId });
    expect(viewer.kpis).toHaveLength(3);
    expect(viewer.canEditWeights).toBe(false);
  });

  it("answers NOT_FOUND for an objective of another organization", async () => {
    const { world } = await objectiveWorld("objective-foreign");
    const other = await createOrgWorld(db(), "objective-other");
    for (const role of ROLES) {
      const caller = as(world, role);
      expect(await outcomeOf(caller.objective.get({ orgSlug: world.org.slug, objectiveId: other.kpis.linkedObjective.id }))).toBe("NOT_FOUND");
      expect(await outcomeOf(caller.objective.healthHistory({ orgSlug: world.org.slug, objectiveId: other.kpis.linkedObjective.id }))).toBe("NOT_FOUND");
    }
  });
});

describe("objective.setWeight", () => {
  it("changes one link's weight, the roll-up follows, and the change is in the audit log", async () => {
    const { world, objectiveId, kpis } = await objectiveWorld("weight-set");
    const exec = as(world, "executive");
    expect(await exec.objective.setWeight({ orgSlug: world.org.slug, objectiveId, kpiId: kpis.onTrack, weight: "2.50" })).toEqual({
      objectiveId,
      kpiId: kpis.onTrack,
      weight: "2.5",
    });
    const answer = await exec.objective.get({ orgSlug: world.org.slug, objectiveId });
    expect(answer.kpis.find((kpi) => kpi.id === kpis.onTrack)!.weight).toBe("2.5");
    expect(answer.rollup.onTrack).toBeCloseTo(2.5 / 4.5, 12);
    expect(answer.rollup.totalWeight).toBe(4.5);
    const events = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "objective.weight_changed" } });
    expect(events.map((event) => [event.targetId, event.actorUserId, event.before, event.after])).toEqual([
      [
        objectiveId,
        world.members.executive.userId,
        { kpiId: kpis.onTrack, kpi: "Department on track", weight: "1" },
        { kpiId: kpis.onTrack, kpi: "Department on track", weight: "2.5" },
      ],
    ]);
  });

  it("refuses a bad weight as BAD_REQUEST naming the weight field, and changes nothing", async () => {
    const { world, objectiveId, kpis } = await objectiveWorld("weight-bad");
    const exec = as(world, "executive");
    for (const weight of ["0", "-1", "abc", "0.001", "1001", ""]) {
      expect({ weight, ...(await failure(exec.objective.setWeight({ orgSlug: world.org.slug, objectiveId, kpiId: kpis.onTrack, weight }))) }).toMatchObject({
        weight,
        code: "BAD_REQUEST",
        fields: ["weight"],
      });
    }
    const zero = await failure(exec.objective.setWeight({ orgSlug: world.org.slug, objectiveId, kpiId: kpis.onTrack, weight: "0" }));
    expect(zero.message).toMatch(/more than 0/);
    const link = await db().kpiObjective.findFirstOrThrow({ where: { orgId: world.org.id, objectiveId, kpiId: kpis.onTrack } });
    expect(link.weight.toString()).toBe("1");
  });

  it("is for those who may update objectives, and only for KPIs linked to the objective", async () => {
    const { world, objectiveId, kpis } = await objectiveWorld("weight-who");
    for (const role of ["manager", "hr", "project_lead", "viewer"] as const) {
      expect(await outcomeOf(as(world, role).objective.setWeight({ orgSlug: world.org.slug, objectiveId, kpiId: kpis.onTrack, weight: "3" }))).toBe("FORBIDDEN");
    }
    const admin = as(world, "admin");
    expect(await failure(admin.objective.setWeight({ orgSlug: world.org.slug, objectiveId, kpiId: kpis.elsewhere, weight: "3" }))).toMatchObject({
      code: "NOT_FOUND",
      fields: ["kpiId"],
    });
    const other = await createOrgWorld(db(), "weight-other");
    expect(
      await outcomeOf(admin.objective.setWeight({ orgSlug: world.org.slug, objectiveId: other.kpis.linkedObjective.id, kpiId: other.kpis.linkedObjective.kpiId, weight: "3" })),
    ).toBe("NOT_FOUND");
    expect(await outcomeOf(admin.objective.setWeight({ orgSlug: world.org.slug, objectiveId, kpiId: other.kpis.linkedObjective.kpiId, weight: "3" }))).toBe("NOT_FOUND");
    const other_link = await db().kpiObjective.findFirstOrThrow({ where: { orgId: other.org.id, objectiveId: other.kpis.linkedObjective.id } });
    expect(other_link.weight.toString()).toBe("1");
  });

  it("keeps a link's weight when its KPI is edited, and a new link starts at 1", async () => {
    const { world, objectiveId, kpis } = await objectiveWorld("weight-edit");
    const admin = as(world, "admin");
    await as(world, "executive").objective.setWeight({ orgSlug: world.org.slug, objectiveId, kpiId: kpis.onTrack, weight: "4" });
    await admin.kpi.update({
      orgSlug: world.org.slug,
      kpiId: kpis.onTrack,
      version: 1,
      ...kpiDefinition({
        name: "Department on track, renamed",
        ownerMembershipId: world.members.admin.membershipId,
        teamId: world.teams.department.id,
        objectiveIds: [objectiveId, world.kpis.objectiveId],
      }),
    } as never);
    const links = await db().kpiObjective.findMany({ where: { orgId: world.org.id, kpiId: kpis.onTrack }, orderBy: { weight: "asc" } });
    expect(links.map((link) => [link.objectiveId, link.weight.toString()])).toEqual([
      [world.kpis.objectiveId, "1"],
      [objectiveId, "4"],
    ]);
  });
});

describe("objective.healthHistory", () => {
  it("weighs each month's statuses by the links' weights, ending with today's roll-up", async () => {
    const { world, objectiveId, kpis } = await objectiveWorld("objective-history");
    const exec = as(world, "executive");
    await exec.objective.setWeight({ orgSlug: world.org.slug, objectiveId, kpiId: kpis.restricted, weight: "3" });
    const [history, now] = await Promise.all([
      exec.objective.healthHistory({ orgSlug: world.org.slug, objectiveId }),
      exec.objective.get({ orgSlug: world.org.slug, objectiveId }),
    ]);
    expect(history.months).toHaveLength(12);
    const latest = history.months.at(-1)!;
    expect(latest.weights).toEqual({ on_track: 1, at_risk: 0, off_track: 3, overdue: 1, no_data: 0 });
    expect(latest.counts).toEqual({ on_track: 1, at_risk: 0, off_track: 1, overdue: 1, no_data: 0 });
    expect(latest.onTrack).toBeCloseTo(now.rollup.onTrack!, 12);
    expect(latest.shares).toEqual(now.rollup.shares);
    for (const month of history.months) expect(month.kpiCount).toBe(3);

    // The HR member does not see the restricted KPI, so neither its weight nor its status reaches HR's history.
    const hr = await as(world, "hr").objective.healthHistory({ orgSlug: world.org.slug, objectiveId });
    expect(hr.months.at(-1)!.weights).toEqual({ on_track: 1, at_risk: 0, off_track: 0, overdue: 1, no_data: 0 });
  });

  it("is empty for an objective with no linked KPI", async () => {
    const world = await createOrgWorld(db(), "objective-empty");
    const history = await as(world, "viewer").objective.healthHistory({ orgSlug: world.org.slug, objectiveId: world.kpis.objectiveId });
    expect(history.months).toHaveLength(12);
    expect(history.months.every((month) => month.kpiCount === 0 && month.shares === null && month.onTrack === null)).toBe(true);
  });
});
