import { describe, expect, it } from "vitest";
import type { Cadence, KpiCategory, PeriodStatus, Role } from "@tally/db";
import { CADENCES, KPI_PAGE_SIZE, ROLES, listKpisSchema, type ListKpisInput } from "@tally/domain";
import { myKpis } from "../src/services/analysis/my-kpis";
import { listKpis } from "../src/services/kpi/list";
import { kpiListOrder, kpiListQuery } from "../src/services/kpi/list-where";
import { loadSessionActor } from "../src/services/memberships";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

/** Judged at a fixed moment, so that "overdue" does not drift with the day the suite runs. */
const NOW = new Date("2026-06-15T12:00:00Z");
const CATEGORIES: KpiCategory[] = ["financial", "sales", "employee", "operational"];
const STATUSES: (PeriodStatus | null)[] = [null, "on_track", "at_risk", "off_track"];
const LATEST = [null, "2026-06-08", "2026-05-01", "2024-01-01", "2026-04-01"];
const NAMES = ["Equiv revenue", "Equiv 50% off", "Equiv a_b rate", "Equiv back\\slash", "equiv lower", "EQUIV UPPER"];

const at = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * 75 KPIs crossing every column the list filters and sorts by: cadence, status, latest period, start and end,
 * category, visibility, team of either kind, contributor, objective, owner, code, archived, and names with the
 * characters a search must take literally.
 */
async function variedKpis(world: OrgWorld) {
  const orgId = world.org.id;
  const kpis = Array.from({ length: 75 }, (_, n) => {
    const name = `${NAMES[n % NAMES.length]} ${String(n).padStart(2, "0")}`;
    const archived = n % 9 === 4;
    return {
      orgId,
      id: `equiv-${world.org.slug}-${String(n).padStart(2, "0")}`,
      name,
      activeName: archived ? null : name.toLowerCase(),
      code: n % 4 === 0 ? `EQ${n}` : null,
      activeCode: n % 4 === 0 && !archived ? `EQ${n}` : null,
      description: "",
      category: CATEGORIES[n % CATEGORIES.length]!,
      unit: "number" as const,
      direction: "increase" as const,
      cadence: CADENCES[n % CADENCES.length]! as Cadence,
      startDate: at(n % 7 === 3 ? "2026-06-10" : "2024-01-01"),
      endDate: n % 11 === 5 ? at("2025-03-31") : null,
      visibility: n % 3 === 0 ? ("organization" as const) : ("restricted" as const),
      ownerMembershipId: world.members[ROLES[n % ROLES.length]! as Role].membershipId,
      latestStatus: STATUSES[n % STATUSES.length]!,
      latestPeriodStart: LATEST[(n * 7) % LATEST.length] === null ? null : at(LATEST[(n * 7) % LATEST.length]!),
      latestValue: LATEST[(n * 7) % LATEST.length] === null ? null : String(n),
      archivedAt: archived ? at("2026-01-01") : null,
      updatedAt: new Date(Date.UTC(2026, 0, 1 + ((n * 13) % 60))),
    };
  });
  await db().kpi.createMany({ data: kpis });
  await db().kpiTeam.createMany({
    data: kpis.flatMap((kpi, n) => (n % 4 === 1 ? [{ orgId, kpiId: kpi.id, teamId: world.teams.department.id }] : n % 4 === 2 ? [{ orgId, kpiId: kpi.id, teamId: world.teams.project.id }] : [])),
  });
  await db().kpiContributor.createMany({ data: kpis.flatMap((kpi, n) => (n % 5 === 2 ? [{ orgId, kpiId: kpi.id, membershipId: world.members.viewer.membershipId }] : [])) });
  await db().kpiObjective.createMany({ data: kpis.flatMap((kpi, n) => (n % 6 === 1 ? [{ orgId, kpiId: kpi.id, objectiveId: world.kpis.objectiveId }] : [])) });
}

type Filters = Partial<ListKpisInput>;

function filterCases(world: OrgWorld): [string, Filters][] {
  return [
    ["nothing", {}],
    ...(["on_track", "at_risk", "off_track", "overdue", "no_data"] as const).map((status): [string, Filters] => [`status ${status}`, { status }]),
    ...CATEGORIES.map((category): [string, Filters] => [`category ${category}`, { category }]),
    ["the department", { teamId: world.teams.department.id }],
    ["the project", { teamId: world.teams.project.id }],
    ["the objective", { objectiveId: world.kpis.objectiveId }],
    ["the manager's KPIs", { ownerMembershipId: world.members.manager.membershipId }],
    ["archived", { archived: true }],
    ["archived and overdue", { archived: true, status: "overdue" }],
    ["search in any case", { search: "eQuIv" }],
    ["search for a percent sign", { search: "50%" }],
    ["search for an underscore", { search: "a_b" }],
    ["search for what an underscore would match", { search: "aXb" }],
    ["search for a backslash", { search: "back\\slash" }],
    ["search by code", { search: "eq12" }],
    ["search with quotes and SQL", { search: `x'; DROP TABLE "Kpi"; --` }],
    ["search with letters beyond ASCII", { search: "ÉQUIV 𝔘 ß" }],
    ["search and status", { search: "equiv", status: "at_risk" }],
    ["team, category and status", { teamId: world.teams.department.id, category: "sales", status: "overdue" }],
  ];
}

const SORTS = (["name", "category", "updated", "status"] as const).flatMap((sort) => (["asc", "desc"] as const).map((order) => ({ sort, order })));

describe("the KPI list's statement", () => {
  it("lists exactly the rows, in the order, that the where-clause of exports and dashboards does, for every role and filter", async () => {
    const world = await createOrgWorld(db(), "listsql");
    await variedKpis(world);
    let compared = 0;
    for (const role of ROLES) {
      const actor = (await loadSessionActor(db(), world.members[role].sessionId, world.org.slug))?.actor;
      if (!actor) throw new Error(`The ${role} is not an active member.`);
      for (const [label, filters] of filterCases(world)) {
        for (const { sort, order } of label === "nothing" ? SORTS : SORTS.slice(0, 1)) {
          const query = await kpiListQuery(db(), actor, { archived: false, ...filters }, NOW);
          const expected = await db().kpi.findMany({ where: query.where, orderBy: kpiListOrder(sort, order), select: { id: true } });
          const listed: string[] = [];
          let total = 0;
          for (let page = 1; page === 1 || listed.length < total; page += 1) {
            const answer = await listKpis(db(), actor, listKpisSchema.parse({ ...filters, sort, order, page }), NOW);
            total = answer.total;
            listed.push(...answer.kpis.map((kpi) => kpi.id));
            if (answer.kpis.length < KPI_PAGE_SIZE) break;
          }
          expect({ role, label, sort, order, total, ids: listed }).toEqual({ role, label, sort, order, total: expected.length, ids: expected.map((kpi) => kpi.id) });
          compared += 1;
        }
      }
    }
    expect(compared).toBe(ROLES.length * (filterCases(world).length - 1 + SORTS.length));
  });

  it("is not vacuous: the filters narrow the list, and the roles see different KPIs", async () => {
    const world = await createOrgWorld(db(), "listsqlsizes");
    await variedKpis(world);
    const totals: Record<string, number> = {};
    for (const role of ["admin", "viewer"] as const) {
      const actor = (await loadSessionActor(db(), world.members[role].sessionId, world.org.slug))!.actor!;
      for (const [label, filters] of filterCases(world)) {
        totals[`${role}: ${label}`] = (await listKpis(db(), actor, listKpisSchema.parse(filters), NOW)).total;
      }
    }
    expect(totals["admin: nothing"]).toBeGreaterThan(KPI_PAGE_SIZE);
    expect(totals["viewer: nothing"]).toBeLessThan(totals["admin: nothing"]!);
    for (const [label, total] of Object.entries(totals)) {
      if (!label.endsWith("nothing") && !label.endsWith("search in any case")) expect({ label, total }).not.toEqual({ label, total: totals[`${label.split(":")[0]}: nothing`] });
    }
    expect(totals["admin: search for a percent sign"]).toBeGreaterThan(0);
    expect(totals["admin: search for an underscore"]).toBeGreaterThan(0);
    expect(totals["admin: search for what an underscore would match"]).toBe(0);
    expect(totals["admin: search for a backslash"]).toBeGreaterThan(0);
    expect(totals["admin: search by code"]).toBe(1);
    expect(totals["admin: search with quotes and SQL"]).toBe(0);
    expect(await db().kpi.count({ where: { orgId: world.org.id } })).toBeGreaterThan(75);
  });

  it("gives My KPIs exactly the member's own and contributed KPIs among those the list shows them", async () => {
    const world = await createOrgWorld(db(), "listsqlmine");
    await variedKpis(world);
    for (const role of ROLES) {
      const actor = (await loadSessionActor(db(), world.members[role].sessionId, world.org.slug))!.actor!;
      const { where } = await kpiListQuery(db(), actor, { archived: false }, NOW);
      const mine = { OR: [{ ownerMembershipId: actor.membershipId }, { contributors: { some: { membershipId: actor.membershipId } } }] };
      const expected = await db().kpi.findMany({ where: { AND: [where, mine] }, orderBy: kpiListOrder("name", "asc"), select: { id: true, ownerMembershipId: true } });
      const listed = (await myKpis(db(), actor, NOW)).kpis;
      expect({ role, ids: listed.map((kpi) => kpi.id) }).toEqual({ role, ids: expected.map((kpi) => kpi.id) });
      expect(listed.map((kpi) => kpi.owned)).toEqual(expected.map((kpi) => kpi.ownerMembershipId === actor.membershipId));
      if (role === "viewer") expect(listed.some((kpi) => !kpi.owned)).toBe(true);
    }
  });

  it("counts a page past the end, which has no rows to carry the count", async () => {
    const world = await createOrgWorld(db(), "listsqlpast");
    const actor = (await loadSessionActor(db(), world.members.admin.sessionId, world.org.slug))!.actor!;
    const first = await listKpis(db(), actor, listKpisSchema.parse({}), NOW);
    const past = await listKpis(db(), actor, listKpisSchema.parse({ page: 9 }), NOW);
    expect(first.total).toBeGreaterThan(0);
    expect(past).toMatchObject({ total: first.total, page: 9, kpis: [] });
  });
});
