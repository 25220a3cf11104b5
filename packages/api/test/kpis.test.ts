import { describe, expect, it } from "vitest";
import type { Role } from "@tally/db";
import { ROLES, isPeriodOverdue, recentPeriods } from "@tally/domain";
import { describeError } from "../src/trpc/error-shape";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function admin(world: OrgWorld) {
  return callerFor(db(), world.members.admin.sessionId);
}

async function create(world: OrgWorld, overrides: Record<string, unknown> = {}, role: Role = "admin") {
  return callerFor(db(), world.members[role].sessionId).kpi.create({
    orgSlug: world.org.slug,
    ...kpiDefinition({ ownerMembershipId: world.members[role].membershipId, ...overrides }),
  } as never);
}

describe("kpi.create and kpi.get", () => {
  it("stores every field of the definition and shows it back with status, SMART check and history", async () => {
    const world = await createOrgWorld(db(), "kpicreate");
    const { id } = await create(world, {
      contributorMembershipIds: [world.members.viewer.membershipId],
      teamId: world.teams.department.id,
      objectiveIds: [world.kpis.objectiveId],
      benchmarkValue: "101.5",
      benchmarkSource: "SaaS benchmarks 2025",
      targets: [
        { effectiveFrom: "2025-01-01", target: "105", warning: "98" },
        { effectiveFrom: "2026-01-01", target: "110", warning: "100" },
      ],
    });
    const kpi = await admin(world).kpi.get({ orgSlug: world.org.slug, kpiId: id });
    expect(kpi).toMatchObject({
      name: "Net revenue retention",
      category: "financial",
      unit: "percent",
      direction: "increase",
      baseline: "92",
      cadence: "monthly",
      startDate: "2025-01-01",
      endDate: "2027-12-31",
      benchmarkValue: "101.5",
      // Started in January 2025 and no value since: missing data is overdue.
      status: "overdue",
      version: 1,
      team: { id: world.teams.department.id },
      contributors: [{ membershipId: world.members.viewer.membershipId }],
      objectives: [{ id: world.kpis.objectiveId }],
    });
    expect(kpi.targets.map((t) => [t.effectiveFrom, t.target])).toEqual([
      ["2025-01-01", "105"],
      ["2026-01-01", "110"],
    ]);
    expect(kpi.smart.map((s) => s.key)).toEqual(["specific", "measurable", "achievable", "relevant", "timeBound"]);
    expect(kpi.smart.every((s) => s.passed)).toBe(true);
    expect(kpi.history).toHaveLength(1);
    expect(await db().auditEvent.count({ where: { orgId: world.org.id, action: "kpi.created" } })).toBe(1);
  });

  it("names who changed the definition: a member, a former member, or the system", async () => {
    const world = await createOrgWorld(db(), "kpihistory");
    const { id } = await create(world);
    const gone = await db().user.create({ data: { email: "gone-kpihistory@example.com", name: "Gone", passwordHash: "x" } });
    await db().kpiRevision.createMany({
      data: [
        { orgId: world.org.id, kpiId: id, version: 2, changedByUserId: gone.id, changes: { name: { from: "a", to: "b" } }, createdAt: new Date("2099-01-01T00:00:00Z") },
        { orgId: world.org.id, kpiId: id, version: 3, changedByUserId: null, changes: { name: { from: "b", to: "c" } }, createdAt: new Date("2099-01-02T00:00:00Z") },
      ],
    });
    await db().user.delete({ where: { id: gone.id } });
    const admin = await db().user.findUniqueOrThrow({ where: { id: world.members.admin.userId }, select: { name: true } });
    const kpi = await callerFor(db(), world.members.admin.sessionId).kpi.get({ orgSlug: world.org.slug, kpiId: id });
    expect(kpi.history.map((entry) => [entry.version, entry.changedBy])).toEqual([
      [3, "System"],
      [2, "A former member"],
      [1, admin.name],
    ]);
    expect(kpi.history[0]!.changedAt).toBe("2099-01-02T00:00:00.000Z");
    expect(kpi.history[1]!.changes).toEqual({ name: { from: "a", to: "b" } });
  });

  it.each([
    ["text where a number belongs", { baseline: "about ninety" }, "baseline"],
    ["a range without min and max", { direction: "range", targets: [{ effectiveFrom: "2025-01-01", target: "5" }] }, "targets.0.targetMin"],
    ["a minimum above the maximum", { direction: "range", targets: [{ effectiveFrom: "2025-01-01", targetMin: "9", targetMax: "3" }] }, "targets.0.targetMin"],
    ["an end before the start", { endDate: "2024-12-31" }, "endDate"],
    [
      "two targets for one date",
      { targets: [{ effectiveFrom: "2025-01-01", target: "1" }, { effectiveFrom: "2025-01-01", target: "2" }] },
      "targets.1.effectiveFrom",
    ],
    ["a 10 MB description", { description: "x".repeat(10 * 1024 * 1024) }, "description"],
    ["a name of two letters", { name: "ab" }, "name"],
  ])("refuses %s on its field and saves nothing", async (_label, overrides, field) => {
    const world = await createOrgWorld(db(), "kpibad");
    const before = await db().kpi.count({ where: { orgId: world.org.id } });
    const error = await create(world, overrides).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(Object.keys(describeError(error).fieldErrors ?? {})).toContain(field);
    expect(await db().kpi.count({ where: { orgId: world.org.id } })).toBe(before);
  });

  it("refuses a second active KPI with the same name, in any letter case, until the first is archived", async () => {
    const world = await createOrgWorld(db(), "kpiname");
    const first = await create(world, { name: "Churn" });
    expect(await outcomeOf(create(world, { name: "CHURN" }))).toBe("CONFLICT");
    await admin(world).kpi.archive({ orgSlug: world.org.slug, kpiId: first.id });
    await create(world, { name: "Churn" });
    expect(await outcomeOf(admin(world).kpi.restore({ orgSlug: world.org.slug, kpiId: first.id }))).toBe("CONFLICT");
  });

  it("lets a manager create only in a team they belong to, and HR only employee KPIs", async () => {
    const world = await createOrgWorld(db(), "kpiscope");
    expect(await outcomeOf(create(world, { name: "No team" }, "manager"))).toBe("FORBIDDEN");
    expect(await outcomeOf(create(world, { name: "Own team", teamId: world.teams.department.id }, "manager"))).toBe("OK");
    expect(await outcomeOf(create(world, { name: "Money", category: "financial" }, "hr"))).toBe("FORBIDDEN");
    expect(await outcomeOf(create(world, { name: "Turnover", category: "employee" }, "hr"))).toBe("OK");
    expect(await outcomeOf(create(world, { name: "Viewer's" }, "viewer"))).toBe("FORBIDDEN");
  });

  it("refuses an owner, team or objective of another organization", async () => {
    const world = await createOrgWorld(db(), "kpirefs");
    const other = await createOrgWorld(db(), "kpirefsother");
    expect(await outcomeOf(create(world, { ownerMembershipId: other.members.admin.membershipId }))).toBe("BAD_REQUEST");
    expect(await outcomeOf(create(world, { name: "Foreign team", teamId: other.teams.department.id }))).toBe("BAD_REQUEST");
    expect(await outcomeOf(create(world, { name: "Foreign goal", objectiveIds: [other.kpis.objectiveId] }))).toBe("BAD_REQUEST");
  });
});

describe("editing", () => {
  it("refuses a save over someone else's newer change, saying who changed it", async () => {
    const world = await createOrgWorld(db(), "kpiconflict");
    const { id } = await create(world);
    const base = { orgSlug: world.org.slug, kpiId: id, version: 1, ...kpiDefinition({ ownerMembershipId: world.members.admin.membershipId }) };
    await callerFor(db(), world.members.executive.sessionId).kpi.update({ ...base, name: "Edited by the executive" } as never).catch(() => undefined);
    await admin(world).kpi.update({ ...base, name: "First save wins" } as never);
    const second = await callerFor(db(), world.secondAdmin.sessionId).kpi.update({ ...base, name: "Second save" } as never).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: "CONFLICT" });
    expect((second as Error).message).toContain("changed this KPI");
    expect((second as Error).message).toContain("admin");
    const kpi = await admin(world).kpi.get({ orgSlug: world.org.slug, kpiId: id });
    expect(kpi).toMatchObject({ name: "First save wins", version: 2 });
    expect(kpi.history[0]).toMatchObject({ version: 2, changes: { name: { from: "Net revenue retention", to: "First save wins" } } });
  });

  it("an executive edits only their own KPIs", async () => {
    const world = await createOrgWorld(db(), "kpiexec");
    const { id } = await create(world);
    const input = { orgSlug: world.org.slug, kpiId: id, version: 1, ...kpiDefinition({ ownerMembershipId: world.members.admin.membershipId }) };
    expect(await outcomeOf(callerFor(db(), world.members.executive.sessionId).kpi.update(input as never))).toBe("FORBIDDEN");
    expect(await outcomeOf(callerFor(db(), world.members.executive.sessionId).kpi.archive({ orgSlug: world.org.slug, kpiId: id }))).toBe("FORBIDDEN");
  });
});

describe("check-ins", () => {
  it("records values per period, changes the status, and keeps corrected values in the history", async () => {
    const world = await createOrgWorld(db(), "checkins");
    const { id } = await create(world, { targets: [{ effectiveFrom: "2025-01-01", target: "100", warning: "90" }], baseline: "80" });
    const caller = admin(world);
    const record = (date: string, value: string, comment = "") => caller.checkIn.record({ orgSlug: world.org.slug, kpiId: id, date, value, comment });

    const recorded = await record("2025-01-20", "95.5");
    expect(recorded.periods).toEqual([{ kpiId: id, periodStart: "2025-01-01" }]);
    await record("2025-02-03", "85");
    await record("2025-03-31", "100", "Target reached");
    let kpi = await caller.kpi.get({ orgSlug: world.org.slug, kpiId: id });
    expect(kpi.latestValue).toBe("100");
    expect(kpi.checkIns.map((c) => [c.periodStart, c.value])).toEqual([
      ["2025-03-01", "100"],
      ["2025-02-01", "85"],
      ["2025-01-01", "95.5"],
    ]);

    await record("2025-03-02", "75", "Corrected: the export double-counted");
    kpi = await caller.kpi.get({ orgSlug: world.org.slug, kpiId: id });
    const march = kpi.checkIns[0]!;
    expect(march).toMatchObject({ periodStart: "2025-03-01", value: "75", comment: "Corrected: the export double-counted" });
    expect(march.revisions).toMatchObject([{ value: "100", comment: "Target reached" }]);
    expect(await db().checkIn.count({ where: { orgId: world.org.id, kpiId: id } })).toBe(3);
    const stored = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id } } });
    expect(stored.latestStatus).toBe("off_track");
  });

  it("keeps values exact", async () => {
    const world = await createOrgWorld(db(), "exact");
    const { id } = await create(world);
    await admin(world).checkIn.record({ orgSlug: world.org.slug, kpiId: id, date: "2025-05-05", value: "0.1", comment: "" });
    await admin(world).checkIn.record({ orgSlug: world.org.slug, kpiId: id, date: "2025-06-05", value: "123456789012.123456", comment: "" });
    const kpi = await admin(world).kpi.get({ orgSlug: world.org.slug, kpiId: id });
    expect(kpi.checkIns.map((c) => c.value)).toEqual(["123456789012.123456", "0.1"]);
  });

  it.each([
    ["a date before the KPI starts", "2024-12-31"],
    ["a future period", "2099-01-01"],
  ])("refuses %s", async (_label, date) => {
    const world = await createOrgWorld(db(), "badperiod");
    const { id } = await create(world);
    const error = await admin(world).checkIn.record({ orgSlug: world.org.slug, kpiId: id, date, value: "1", comment: "" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(await db().checkIn.count({ where: { orgId: world.org.id, kpiId: id } })).toBe(0);
  });

  it("records several values at once, or none when one is refused", async () => {
    const world = await createOrgWorld(db(), "many");
    const a = await create(world, { name: "First" });
    const b = await create(world, { name: "Second" });
    const caller = admin(world);
    const refused = await caller.checkIn
      .recordMany({ orgSlug: world.org.slug, entries: [{ kpiId: a.id, date: "2025-02-01", value: "1" }, { kpiId: b.id, date: "2099-02-01", value: "2" }] })
      .catch((e: unknown) => e);
    expect(Object.keys(describeError(refused).fieldErrors ?? {})).toEqual(["entries.1.date"]);
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(0);
    await caller.checkIn.recordMany({ orgSlug: world.org.slug, entries: [{ kpiId: a.id, date: "2025-02-01", value: "1" }, { kpiId: b.id, date: "2025-02-01", value: "2" }] });
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(2);
  });

  it("lets a viewer record only the KPIs they contribute to", async () => {
    const world = await createOrgWorld(db(), "contrib");
    const named = await create(world, { name: "Named", contributorMembershipIds: [world.members.viewer.membershipId] });
    const other = await create(world, { name: "Other" });
    const viewer = callerFor(db(), world.members.viewer.sessionId);
    expect(await outcomeOf(viewer.checkIn.record({ orgSlug: world.org.slug, kpiId: named.id, date: "2025-02-01", value: "3", comment: "" }))).toBe("OK");
    expect(await outcomeOf(viewer.checkIn.record({ orgSlug: world.org.slug, kpiId: other.id, date: "2025-02-01", value: "3", comment: "" }))).toBe("FORBIDDEN");
  });
});

describe("visibility", () => {
  it("for each role, the list returns exactly the KPIs the matrix allows", async () => {
    const world = await createOrgWorld(db(), "visibility");
    const make = (name: string, overrides: Record<string, unknown>) => create(world, { name, visibility: "restricted", ...overrides });
    await make("V1 open", { visibility: "organization" });
    await make("V2 department finance", { teamId: world.teams.department.id });
    await make("V3 employee", { category: "employee" });
    await make("V4 project", { category: "project", teamId: world.teams.project.id });
    await make("V5 sales with viewer", { category: "sales", contributorMembershipIds: [world.members.viewer.membershipId] });
    await make("V6 hr's own", { ownerMembershipId: world.members.hr.membershipId });
    const expected: Record<Role, string[]> = {
      admin: ["V1", "V2", "V3", "V4", "V5", "V6"],
      executive: ["V1", "V2", "V3", "V4", "V5", "V6"],
      manager: ["V1", "V2"],
      hr: ["V1", "V3", "V6"],
      project_lead: ["V1", "V4"],
      viewer: ["V1", "V2", "V4", "V5"],
    };
    for (const role of ROLES) {
      const list = await callerFor(db(), world.members[role].sessionId).kpi.list({ orgSlug: world.org.slug, search: "V" });
      const names = list.kpis.map((k) => k.name.split(" ")[0]).filter((n) => n?.startsWith("V")).sort();
      expect({ role, names }).toEqual({ role, names: expected[role] });
    }
  });

  it("answers NOT_FOUND for a restricted KPI the member may not see, as for one that does not exist", async () => {
    const world = await createOrgWorld(db(), "hidden");
    const secret = await create(world, { name: "Board-only margin", visibility: "restricted" });
    const manager = callerFor(db(), world.members.manager.sessionId);
    expect(await outcomeOf(manager.kpi.get({ orgSlug: world.org.slug, kpiId: secret.id }))).toBe("NOT_FOUND");
    expect(await outcomeOf(manager.kpi.get({ orgSlug: world.org.slug, kpiId: "does-not-exist" }))).toBe("NOT_FOUND");
  });
});

describe("lists, filters and due", () => {
  it("filters by status, category, team and objective, and excludes archived KPIs unless asked", async () => {
    const world = await createOrgWorld(db(), "filters");
    const caller = admin(world);
    const onTrack = await create(world, { name: "Filter on track", objectiveIds: [world.kpis.objectiveId] });
    await caller.checkIn.record({ orgSlug: world.org.slug, kpiId: onTrack.id, date: new Date().toISOString().slice(0, 10), value: "200", comment: "" });
    const stale = await create(world, { name: "Filter stale", category: "sales", teamId: world.teams.department.id });
    await caller.checkIn.record({ orgSlug: world.org.slug, kpiId: stale.id, date: "2025-01-10", value: "200", comment: "" });
    const archived = await create(world, { name: "Filter archived" });
    await caller.kpi.archive({ orgSlug: world.org.slug, kpiId: archived.id });

    const names = async (filters: Record<string, unknown>) =>
      (await caller.kpi.list({ orgSlug: world.org.slug, search: "Filter", ...filters })).kpis.map((k) => k.name).sort();
    expect(await names({})).toEqual(["Filter on track", "Filter stale"]);
    expect(await names({ status: "on_track" })).toEqual(["Filter on track"]);
    expect(await names({ status: "overdue" })).toEqual(["Filter stale"]);
    expect(await names({ category: "sales" })).toEqual(["Filter stale"]);
    expect(await names({ teamId: world.teams.department.id })).toEqual(["Filter stale"]);
    expect(await names({ objectiveId: world.kpis.objectiveId })).toEqual(["Filter on track"]);
    expect(await names({ archived: true })).toEqual(["Filter archived"]);
    const list = await caller.kpi.list({ orgSlug: world.org.slug, search: "Filter on track" });
    expect(list.kpis[0]).toMatchObject({ status: "on_track", latestValue: "200", trend: [200], target: { target: "105" } });
  });

  it("shows the target in force today, not one that starts later", async () => {
    const world = await createOrgWorld(db(), "futuretarget");
    await create(world, {
      name: "Stepped target",
      targets: [
        { effectiveFrom: "2025-01-01", target: "100", warning: "90" },
        { effectiveFrom: "2099-01-01", target: "500", warning: "400" },
      ],
    });
    const list = await admin(world).kpi.list({ orgSlug: world.org.slug, search: "Stepped target" });
    expect(list.kpis[0]?.target).toEqual({ target: "100", targetMin: null, targetMax: null });
  });

  it("lists what is due, overdue first, for what the member may record", async () => {
    const world = await createOrgWorld(db(), "due");
    const caller = admin(world);
    const overdue = await create(world, { name: "Due overdue" });
    await caller.checkIn.record({ orgSlug: world.org.slug, kpiId: overdue.id, date: "2025-01-10", value: "1", comment: "" });
    await create(world, { name: "Due fresh", startDate: new Date().toISOString().slice(0, 10), targets: [{ effectiveFrom: new Date().toISOString().slice(0, 10), target: "5" }], endDate: undefined });
    const due = (await caller.checkIn.due({ orgSlug: world.org.slug })).filter((d) => d.name.startsWith("Due "));
    // Every month of the last twelve without a value, newest first.
    const today = new Date().toISOString().slice(0, 10);
    const months = recentPeriods({ cadence: "monthly", startDate: "2025-02-01", endDate: null, today, weekStart: 1 });
    expect(due.map((d) => [d.name, d.periodStart, d.overdue])).toEqual([
      ...months.map((month) => ["Due overdue", month, isPeriodOverdue(month, "monthly", today, 1)]),
      ["Due fresh", months[0], false],
    ]);
    // The current month, and in the first grace days of a month the one just ended too.
    const notYetOverdue = months.filter((month) => !isPeriodOverdue(month, "monthly", today, 1));
    expect(notYetOverdue[0]).toBe(months[0]);
    expect(notYetOverdue.length).toBeLessThanOrEqual(2);
    expect(due.filter((d) => d.name === "Due overdue" && !d.overdue).map((d) => d.periodStart)).toEqual(notYetOverdue);
    const viewerDue = await callerFor(db(), world.members.viewer.sessionId).checkIn.due({ orgSlug: world.org.slug });
    expect([...new Set(viewerDue.map((d) => d.name))]).toEqual(["Owned by viewer"]);
  });
});

describe("objectives", () => {
  it("an executive creates an objective, a KPI is linked to it and the objective shows its health", async () => {
    const world = await createOrgWorld(db(), "objectives");
    const exec = callerFor(db(), world.members.executive.sessionId);
    const objective = await exec.objective.create({ orgSlug: world.org.slug, name: "Win the mid-market", description: "", ownerMembershipId: world.members.executive.membershipId, dueDate: "2026-12-31" });
    await create(world, { name: "Mid-market win rate", objectiveIds: [objective.id] });
    const listed = (await exec.objective.list({ orgSlug: world.org.slug })).find((o) => o.id === objective.id);
    // Started in 2025 without a value: overdue, not "no data".
    expect(listed).toMatchObject({ name: "Win the mid-market", dueDate: "2026-12-31", health: { overdue: 1, no_data: 0, on_track: 0 } });
    expect(await outcomeOf(callerFor(db(), world.members.manager.sessionId).objective.create({ orgSlug: world.org.slug, name: "Nope", description: "", ownerMembershipId: world.members.manager.membershipId }))).toBe("FORBIDDEN");
  });
});
