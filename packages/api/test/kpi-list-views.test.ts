import { describe, expect, it } from "vitest";
import { describeError } from "../src/trpc/error-shape";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function as(world: OrgWorld, role: keyof OrgWorld["members"] = "admin") {
  return callerFor(db(), world.members[role].sessionId);
}

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).not.toBeNull();
  return describeError(error);
}

describe("the KPI list's changes against earlier periods", () => {
  it("compares each latest value with the period before and the same period a year earlier, exactly", async () => {
    const world = await createOrgWorld(db(), "deltas");
    const caller = as(world);
    const orgSlug = world.org.slug;
    const create = (name: string, overrides: Record<string, unknown> = {}) =>
      caller.kpi.create({ orgSlug, ...kpiDefinition({ name, ownerMembershipId: world.members.admin.membershipId, ...overrides }) } as never);
    const monthly = await create("Delta monthly");
    const quarterly = await create("Delta quarterly", { cadence: "quarterly" });
    const lonely = await create("Delta lonely");
    const gap = await create("Delta gap");
    await caller.checkIn.recordMany({
      orgSlug,
      entries: [
        { kpiId: monthly.id, date: "2025-10-01", value: "100" },
        { kpiId: monthly.id, date: "2026-09-01", value: "80" },
        { kpiId: monthly.id, date: "2026-10-01", value: "90" },
        { kpiId: quarterly.id, date: "2025-07-01", value: "1.1" },
        { kpiId: quarterly.id, date: "2026-04-01", value: "0" },
        { kpiId: quarterly.id, date: "2026-07-01", value: "1.25" },
        { kpiId: lonely.id, date: "2026-10-01", value: "7" },
        { kpiId: gap.id, date: "2026-08-01", value: "5" },
        { kpiId: gap.id, date: "2026-10-01", value: "6" },
      ],
    });

    const list = await caller.kpi.list({ orgSlug, search: "Delta" });
    const deltas = Object.fromEntries(list.kpis.map((kpi) => [kpi.name, { latest: kpi.latestPeriodStart, ...kpi.deltas }]));
    expect(deltas).toEqual({
      "Delta monthly": {
        latest: "2026-10-01",
        previous: { periodStart: "2026-09-01", change: "10", percent: "12.5" },
        yearBefore: { periodStart: "2025-10-01", change: "-10", percent: "-10.0" },
      },
      // From zero there is a change but no share of it.
      "Delta quarterly": {
        latest: "2026-07-01",
        previous: { periodStart: "2026-04-01", change: "1.25", percent: null },
        yearBefore: { periodStart: "2025-07-01", change: "0.15", percent: "13.6" },
      },
      "Delta lonely": { latest: "2026-10-01", previous: null, yearBefore: null },
      // September has no value: the month before is not stood in for by an older one.
      "Delta gap": { latest: "2026-10-01", previous: null, yearBefore: null },
    });
  });

  it("gives a KPI without any value no changes", async () => {
    const world = await createOrgWorld(db(), "nodeltas");
    const list = await as(world).kpi.list({ orgSlug: world.org.slug });
    expect(list.kpis.length).toBeGreaterThan(0);
    for (const kpi of list.kpis) expect(kpi.deltas).toEqual({ previous: null, yearBefore: null });
  });
});

describe("the KPI list's columns", () => {
  it("shows the default set until the member chooses, and keeps each member's choice to themselves", async () => {
    const world = await createOrgWorld(db(), "columns");
    const orgSlug = world.org.slug;
    expect(await as(world, "manager").kpi.listColumns({ orgSlug })).toEqual(["status", "latest", "target", "trend", "owner"]);
    expect(await as(world, "manager").kpi.setListColumns({ orgSlug, columns: ["deltaYear", "latest", "deltaPrevious"] })).toEqual([
      "latest",
      "deltaPrevious",
      "deltaYear",
    ]);
    expect(await as(world, "manager").kpi.listColumns({ orgSlug })).toEqual(["latest", "deltaPrevious", "deltaYear"]);
    expect(await as(world, "viewer").kpi.listColumns({ orgSlug })).toEqual(["status", "latest", "target", "trend", "owner"]);
  });

  it("refuses an empty, repeated or unknown choice at the columns field", async () => {
    const world = await createOrgWorld(db(), "badcolumns");
    const orgSlug = world.org.slug;
    for (const columns of [[], ["status", "status"], ["profit"]]) {
      const refused = await refusal(as(world).kpi.setListColumns({ orgSlug, columns: columns as never }));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(Object.keys(refused.fieldErrors ?? {})[0]).toMatch(/^columns/);
    }
    expect(await as(world).kpi.listColumns({ orgSlug })).toEqual(["status", "latest", "target", "trend", "owner"]);
  });
});

describe("saved views", () => {
  it("creates, lists, renames, updates and deletes a member's own views", async () => {
    const world = await createOrgWorld(db(), "views");
    const orgSlug = world.org.slug;
    const manager = as(world, "manager");
    const created = await manager.savedView.create({
      orgSlug,
      name: "  Sales off track ",
      filters: { category: "sales", status: "off_track", sort: "status", order: "desc" },
      columns: ["latest", "deltaPrevious"],
    });
    expect(created).toMatchObject({
      name: "Sales off track",
      filters: { category: "sales", status: "off_track", sort: "status", order: "desc", archived: false },
      columns: ["latest", "deltaPrevious"],
    });
    expect((await manager.savedView.list({ orgSlug })).map((view) => view.name)).toEqual(["Off track first", "Sales off track"]);

    const renamed = await manager.savedView.update({ orgSlug, viewId: created.id, name: "Sales at risk" });
    expect(renamed).toMatchObject({ name: "Sales at risk", columns: ["latest", "deltaPrevious"], filters: { status: "off_track" } });
    const replaced = await manager.savedView.update({ orgSlug, viewId: created.id, filters: { status: "at_risk", sort: "name", order: "asc", archived: false }, columns: ["status"] });
    expect(replaced).toMatchObject({ name: "Sales at risk", columns: ["status"], filters: { status: "at_risk" } });
    expect(replaced.filters).not.toHaveProperty("category");

    await manager.savedView.delete({ orgSlug, viewId: created.id });
    expect((await manager.savedView.list({ orgSlug })).map((view) => view.name)).toEqual(["Off track first"]);
    expect(await outcomeOf(manager.savedView.delete({ orgSlug, viewId: created.id }))).toBe("NOT_FOUND");
  });

  it("never shows, changes or deletes another member's view, whatever the role", async () => {
    const world = await createOrgWorld(db(), "viewprivacy");
    const orgSlug = world.org.slug;
    const viewerView = world.savedViews.viewer;
    const admin = as(world, "admin");
    expect((await admin.savedView.list({ orgSlug })).map((view) => view.id)).toEqual([world.savedViews.admin]);
    expect(await outcomeOf(admin.savedView.update({ orgSlug, viewId: viewerView, name: "Taken over" }))).toBe("NOT_FOUND");
    expect(await outcomeOf(admin.savedView.delete({ orgSlug, viewId: viewerView }))).toBe("NOT_FOUND");
    expect(await db().savedKpiView.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: viewerView } }, select: { name: true } })).toEqual({
      name: "Off track first",
    });
  });

  it("answers NOT_FOUND for a view of another organization, even to its own member's namesake", async () => {
    const world = await createOrgWorld(db(), "viewhome");
    const other = await createOrgWorld(db(), "viewaway");
    const admin = as(world, "admin");
    expect(await outcomeOf(admin.savedView.update({ orgSlug: world.org.slug, viewId: other.savedViews.admin, name: "Stolen" }))).toBe("NOT_FOUND");
    expect(await outcomeOf(admin.savedView.delete({ orgSlug: world.org.slug, viewId: other.savedViews.admin }))).toBe("NOT_FOUND");
    expect(await db().savedKpiView.count({ where: { orgId: other.org.id, id: other.savedViews.admin } })).toBe(1);
  });

  it("refuses a name the member already uses, at the name field, and lets another member use it", async () => {
    const world = await createOrgWorld(db(), "viewnames");
    const orgSlug = world.org.slug;
    const input = { orgSlug, name: "Off track first", filters: {}, columns: ["status" as const] };
    const refused = await refusal(as(world, "manager").savedView.create(input));
    expect(refused).toMatchObject({ code: "CONFLICT", fieldErrors: { name: ["You already have a view with this name. Choose another."] } });
    const second = await as(world, "manager").savedView.create({ ...input, name: "Second" });
    const renamed = await refusal(as(world, "manager").savedView.update({ orgSlug, viewId: second.id, name: "Off track first" }));
    expect(renamed).toMatchObject({ code: "CONFLICT", fieldErrors: { name: ["You already have a view with this name. Choose another."] } });
    await as(world, "hr").savedView.create({ ...input, name: "Second" });
  });

  it("refuses bad names, filters and columns with an error at each field, and stores nothing", async () => {
    const world = await createOrgWorld(db(), "badviews");
    const orgSlug = world.org.slug;
    const refused = await refusal(
      as(world).savedView.create({ orgSlug, name: " ", filters: { status: "splendid", page: 3 } as never, columns: ["status", "status"] }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(["columns", "filters", "filters.status", "name"]);
    const tooLong = await refusal(as(world).savedView.create({ orgSlug, name: "x".repeat(61), filters: {}, columns: ["status"] }));
    expect(tooLong.fieldErrors).toEqual({ name: ["Use at most 60 characters."] });
    expect(await db().savedKpiView.count({ where: { orgId: world.org.id } })).toBe(Object.keys(world.savedViews).length);
  });
});
