import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient, Role } from "@tally/db";
import { CHECK_IN_EXPORT_COLUMNS, KPI_EXPORT_COLUMNS, todayIn, type ListKpisInput } from "@tally/domain";
import { handleCheckInExport, handleKpiListExport } from "../src/http/exports";
import type { OrgActor } from "../src/services/actor";
import { listKpis } from "../src/services/kpi/list";
import { loadSessionActor } from "../src/services/memberships";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { parseCsv, parseXlsx, readBody } from "./support/export-files";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, createUserWithSession, type OrgWorld } from "./support/world";

const db = useTestDatabase();

type ExportKind = "kpis" | "check-ins";

interface DownloadOptions {
  role?: Role;
  sessionId?: string | null;
  batchSize?: number;
  client?: PrismaClient;
  orgSlug?: string;
}

function download(world: OrgWorld, kind: ExportKind, query: string, { role = "admin", sessionId, batchSize, client, orgSlug }: DownloadOptions = {}): Promise<Response> {
  const slug = orgSlug ?? world.org.slug;
  const request = {
    request: new Request(`http://tally.test/api/orgs/${slug}/exports/${kind}?${query}`),
    orgSlug: slug,
    sessionId: sessionId === undefined ? world.members[role].sessionId : sessionId,
  };
  const dependencies = { db: client ?? db(), ...(batchSize ? { batchSize } : {}) };
  return kind === "kpis" ? handleKpiListExport(request, dependencies) : handleCheckInExport(request, dependencies);
}

async function csvOf(response: Response) {
  expect(response.status).toBe(200);
  return parseCsv((await readBody(response)).bytes);
}

async function xlsxOf(response: Response) {
  expect(response.status).toBe(200);
  return parseXlsx((await readBody(response)).bytes);
}

async function actorOf(world: OrgWorld, role: Role): Promise<OrgActor> {
  const loaded = await loadSessionActor(db(), world.members[role].sessionId, world.org.slug);
  if (!loaded?.actor) throw new Error("No actor.");
  return loaded.actor;
}

/** Every id the KPI list shows for these filters, page after page. */
async function listedIds(actor: OrgActor, filters: Partial<ListKpisInput>): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listKpis(db(), actor, { archived: false, sort: "name", order: "asc", ...filters, page });
    ids.push(...result.kpis.map((kpi) => kpi.id));
    if (page * result.pageSize >= result.total) return { ids, total: result.total };
  }
}

interface Scenario {
  world: OrgWorld;
  other: OrgWorld;
  financeTeamId: string;
  mrrId: string;
  restrictedId: string;
  archivedId: string;
}

let scenario: Scenario;

const MRR_NAME = "=SUM(A1:A2) recurring revenue";
const RESTRICTED_NAME = "@Finance burn rate";
const LONG_COMMENT = 'Plain, with a comma and "quotes"\nand a second line';

beforeAll(async () => {
  const world = await createOrgWorld(db(), "exports");
  const other = await createOrgWorld(db(), "exportsother");
  const admin = callerFor(db(), world.members.admin.sessionId);
  const orgSlug = world.org.slug;
  const adminId = world.members.admin.membershipId;
  const finance = await db().team.create({ data: { orgId: world.org.id, name: "Finance", kind: "department" }, select: { id: true } });
  const create = (overrides: Record<string, unknown>) => admin.kpi.create({ orgSlug, ...kpiDefinition({ ownerMembershipId: adminId, ...overrides }) } as never);
  const mrr = await create({ name: MRR_NAME, code: "MRR", objectiveIds: [world.kpis.objectiveId] });
  const restricted = await create({ name: RESTRICTED_NAME, visibility: "restricted", teamId: finance.id, category: "financial" });
  const archived = await create({ name: "Retired indicator", code: "OLD" });
  await admin.checkIn.recordMany({
    orgSlug,
    entries: [
      { kpiId: mrr.id, date: "2025-01-01", value: "-5", comment: "@channel look at this" },
      { kpiId: mrr.id, date: "2025-02-01", value: "110.25", comment: '=HYPERLINK("http://evil.test","Click")' },
      { kpiId: mrr.id, date: "2025-03-01", value: "100", comment: LONG_COMMENT },
      { kpiId: restricted.id, date: "2025-01-01", value: "3" },
      { kpiId: world.kpis.ownedBy.viewer, date: "2025-01-01", value: "42" },
      { kpiId: archived.id, date: "2025-01-01", value: "7" },
    ],
  });
  await admin.kpi.archive({ orgSlug, kpiId: archived.id });
  await callerFor(db(), other.members.admin.sessionId).checkIn.record({ orgSlug: other.org.slug, kpiId: other.kpis.ownedBy.admin, date: "2025-01-01", value: "9" });
  scenario = { world, other, financeTeamId: finance.id, mrrId: mrr.id, restrictedId: restricted.id, archivedId: archived.id };
});

describe("the KPI list export", () => {
  it("is a CSV with a BOM, the list's columns and one row per KPI the list shows, text escaped and numbers not", async () => {
    const { world, mrrId } = scenario;
    const response = await download(world, "kpis", "format=csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${world.org.slug}-kpis-${todayIn("UTC", new Date())}.csv"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const csv = await csvOf(response);
    expect(csv.bom).toBe(true);
    expect(csv.header).toEqual(KPI_EXPORT_COLUMNS.map((column) => column.key));
    const { total } = await listedIds(await actorOf(world, "admin"), {});
    expect(csv.rows).toHaveLength(total);
    expect(csv.rows.find((row) => row.id === mrrId)).toEqual({
      id: mrrId,
      code: "MRR",
      name: `'${MRR_NAME}`,
      category: "financial",
      unit: "percent",
      currency: "",
      direction: "increase",
      cadence: "monthly",
      owner: expect.stringContaining("exports-admin"),
      team: "",
      visibility: "organization",
      latest_period: "2025-03-01",
      latest_value: "100",
      status: expect.stringMatching(/^(off_track|overdue)$/),
      target: "105",
      target_min: "",
      target_max: "",
    });
    expect(csv.rows.find((row) => row.name === `'${RESTRICTED_NAME}`)).toMatchObject({ team: "Finance", visibility: "restricted" });
  });

  it("is an Excel workbook with a bold, frozen header, numbers as numbers and periods as dates", async () => {
    const { world, mrrId } = scenario;
    const response = await download(world, "kpis", "format=xlsx");
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`filename="${world.org.slug}-kpis-\\d{4}-\\d{2}-\\d{2}\\.xlsx"`));
    const xlsx = await xlsxOf(response);
    expect(xlsx.sheetName).toBe("KPIs");
    expect(xlsx.header).toEqual(KPI_EXPORT_COLUMNS.map((column) => column.key));
    expect(xlsx.headerBold).toBe(true);
    expect(xlsx.frozenRows).toBe(1);
    const { total } = await listedIds(await actorOf(world, "admin"), {});
    expect(xlsx.rows).toHaveLength(total);
    expect(xlsx.rows.find((row) => row.id === mrrId)).toMatchObject({
      code: "MRR",
      name: `'${MRR_NAME}`,
      latest_value: 100,
      latest_period: new Date(Date.UTC(2025, 2, 1)),
      target: 105,
      target_min: null,
    });
  });

  const FILTERS: [string, (s: Scenario) => Partial<ListKpisInput>][] = [
    ["no filter", () => ({})],
    ["a status", () => ({ status: "overdue" })],
    ["no data", () => ({ status: "no_data" })],
    ["a category", () => ({ category: "operational" })],
    ["an owner", (s) => ({ ownerMembershipId: s.world.members.viewer.membershipId })],
    ["a team", (s) => ({ teamId: s.financeTeamId })],
    ["an objective", (s) => ({ objectiveId: s.world.kpis.objectiveId })],
    ["a search by name", () => ({ search: "owned by" })],
    ["a search by code", () => ({ search: "mrr" })],
    ["the archive", () => ({ archived: true })],
    ["status, worst first", () => ({ sort: "status", order: "desc" })],
    ["status", () => ({ sort: "status" })],
    ["category, descending", () => ({ sort: "category", order: "desc" })],
    ["last update", () => ({ sort: "updated", order: "desc" })],
  ];

  it.each(FILTERS)("holds exactly the list's rows, in the list's order, for %s", async (_label, filtersOf) => {
    const { world } = scenario;
    const filters = filtersOf(scenario);
    const query = new URLSearchParams({ format: "csv" });
    const names: Record<string, string> = { ownerMembershipId: "owner", teamId: "team", objectiveId: "objective" };
    for (const [key, value] of Object.entries(filters)) query.set(names[key] ?? key, value === true ? "1" : String(value));
    for (const role of ["admin", "viewer"] as const) {
      const listed = await listedIds(await actorOf(world, role), filters);
      // Two rows a query: every sort is paged through by cursor several times, past rows with no status too.
      const csv = await csvOf(await download(world, "kpis", query.toString(), { role, batchSize: 2 }));
      expect(csv.rows.map((row) => row.id)).toEqual(listed.ids);
      expect(csv.rows).toHaveLength(listed.total);
    }
  });

  it("gives a viewer only what a viewer sees: not the restricted KPI of a team they are not in", async () => {
    const { world, restrictedId } = scenario;
    const admin = await csvOf(await download(world, "kpis", "format=csv", { role: "admin" }));
    const viewer = await csvOf(await download(world, "kpis", "format=csv", { role: "viewer" }));
    const manager = await csvOf(await download(world, "kpis", "format=csv", { role: "manager" }));
    expect(admin.rows.map((row) => row.id)).toContain(restrictedId);
    expect(viewer.rows.map((row) => row.id)).not.toContain(restrictedId);
    expect(manager.rows.map((row) => row.id)).not.toContain(restrictedId);
    expect(viewer.rows.length).toBeGreaterThan(0);
  });
});

describe("the check-in export", () => {
  const expectedMrrRows = (adminName: string) => [
    { kpi: "MRR", kpi_name: `'${MRR_NAME}`, date: "2025-01-01", value: "-5", comment: "'@channel look at this", status: "off_track", recorded_by: adminName },
    { kpi: "MRR", kpi_name: `'${MRR_NAME}`, date: "2025-02-01", value: "110.25", comment: `'=HYPERLINK("http://evil.test","Click")`, status: "on_track", recorded_by: adminName },
    { kpi: "MRR", kpi_name: `'${MRR_NAME}`, date: "2025-03-01", value: "100", comment: LONG_COMMENT, status: "at_risk", recorded_by: adminName },
  ];

  it("writes one KPI's values as the import reads them: code, date, plain value, escaped text", async () => {
    const { world, mrrId } = scenario;
    const response = await download(world, "check-ins", `format=csv&kpi=${mrrId}`);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${world.org.slug}-mrr-values-${todayIn("UTC", new Date())}.csv"`);
    const csv = await csvOf(response);
    expect(csv.bom).toBe(true);
    expect(csv.header).toEqual(["kpi", "kpi_name", "date", "value", "comment", "status", "recorded_by", "recorded_at"]);
    expect(csv.header).toEqual(CHECK_IN_EXPORT_COLUMNS.map((column) => column.key));
    const adminName = (await actorOf(world, "admin")).userName;
    expect(csv.rows.map(({ recorded_at: _at, ...row }) => row)).toEqual(expectedMrrRows(adminName));
    const stored = await db().checkIn.findMany({ where: { orgId: world.org.id, kpiId: mrrId }, orderBy: { periodStart: "asc" }, select: { updatedAt: true } });
    expect(csv.rows.map((row) => row.recorded_at)).toEqual(stored.map((row) => row.updatedAt.toISOString()));
  });

  it("writes them to Excel with numeric values, date cells and the same escaping", async () => {
    const { world, mrrId } = scenario;
    const response = await download(world, "check-ins", `format=xlsx&kpi=${mrrId}`);
    expect(response.headers.get("content-disposition")).toMatch(/-mrr-values-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const xlsx = await xlsxOf(response);
    expect(xlsx.sheetName).toBe("Values");
    expect(xlsx.header).toEqual(CHECK_IN_EXPORT_COLUMNS.map((column) => column.key));
    expect(xlsx.headerBold).toBe(true);
    expect(xlsx.frozenRows).toBe(1);
    expect(xlsx.rows.map((row) => [row.kpi, row.date, row.value, row.comment])).toEqual([
      ["MRR", new Date(Date.UTC(2025, 0, 1)), -5, "'@channel look at this"],
      ["MRR", new Date(Date.UTC(2025, 1, 1)), 110.25, `'=HYPERLINK("http://evil.test","Click")`],
      ["MRR", new Date(Date.UTC(2025, 2, 1)), 100, LONG_COMMENT],
    ]);
    expect(xlsx.rows[0]?.recorded_at).toBeInstanceOf(Date);
  });

  it("writes every visible active KPI's values over a range, KPIs by name, a KPI without a code by its id", async () => {
    const { world, restrictedId } = scenario;
    const january = "format=csv&from=2025-01-01&to=2025-01-31";
    const admin = await csvOf(await download(world, "check-ins", january));
    expect(admin.rows.map((row) => [row.kpi, row.kpi_name, row.date, row.value])).toEqual([
      ["MRR", `'${MRR_NAME}`, "2025-01-01", "-5"],
      [restrictedId, `'${RESTRICTED_NAME}`, "2025-01-01", "3"],
      [world.kpis.ownedBy.viewer, "Owned by viewer", "2025-01-01", "42"],
    ]);
    const viewer = await csvOf(await download(world, "check-ins", january, { role: "viewer" }));
    expect(viewer.rows.map((row) => row.kpi)).toEqual(["MRR", world.kpis.ownedBy.viewer]);
    const spring = await csvOf(await download(world, "check-ins", "format=csv&from=2025-02-01"));
    expect(spring.rows.map((row) => row.date)).toEqual(["2025-02-01", "2025-03-01"]);
    const upToJanuary = await csvOf(await download(world, "check-ins", "format=csv&to=2025-01-01"));
    expect(upToJanuary.rows).toHaveLength(3);
  });

  it("leaves archived KPIs out of the export of every KPI, and exports one when asked for by id", async () => {
    const { world, archivedId } = scenario;
    const all = await csvOf(await download(world, "check-ins", "format=csv"));
    expect(all.rows.map((row) => row.kpi)).not.toContain("OLD");
    const one = await csvOf(await download(world, "check-ins", `format=csv&kpi=${archivedId}`));
    expect(one.rows.map((row) => [row.kpi, row.value])).toEqual([["OLD", "7"]]);
  });

  it("is an empty file with its header when there is nothing in the range", async () => {
    const csv = await csvOf(await download(scenario.world, "check-ins", "format=csv&from=2030-01-01"));
    expect(csv.header).toEqual(CHECK_IN_EXPORT_COLUMNS.map((column) => column.key));
    expect(csv.rows).toEqual([]);
    const xlsx = await xlsxOf(await download(scenario.world, "check-ins", "format=xlsx&from=2030-01-01"));
    expect(xlsx.rows).toEqual([]);
  });
});

describe("who may export what", () => {
  it("answers a KPI the member may not see, and another organization's KPI, as not found", async () => {
    const { world, other, restrictedId } = scenario;
    for (const [role, kpiId] of [
      ["viewer", restrictedId],
      ["manager", restrictedId],
      ["admin", other.kpis.ownedBy.admin],
      ["admin", "does-not-exist"],
    ] as const) {
      const response = await download(world, "check-ins", `format=csv&kpi=${kpiId}`, { role });
      expect(response.status, `${role} ${kpiId}`).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 404, detail: "This KPI could not be found." });
    }
  });

  it("answers someone who is not a member as for an organization that does not exist, and the signed-out with 401", async () => {
    const { world, other } = scenario;
    for (const kind of ["kpis", "check-ins"] as const) {
      const outsider = await download(world, kind, "format=csv", { sessionId: other.members.admin.sessionId });
      expect(outsider.status).toBe(404);
      expect(await outsider.json()).toMatchObject({ detail: "This organization could not be found." });
      expect((await download(world, kind, "format=csv", { orgSlug: "no-such-org" })).status).toBe(404);
      const signedOut = await download(world, kind, "format=csv", { sessionId: null });
      expect(signedOut.status).toBe(401);
      expect((await download(world, kind, "format=csv", { sessionId: "no-such-session" })).status).toBe(401);
    }
    const stranger = await createUserWithSession(db(), "stranger");
    expect((await download(world, "kpis", "format=csv", { sessionId: stranger.sessionId })).status).toBe(404);
  });

  it("never puts another organization's values in an export", async () => {
    const { world, other } = scenario;
    const csv = await csvOf(await download(world, "check-ins", "format=csv"));
    const theirs = new Set(Object.values(other.kpis.ownedBy));
    expect(csv.rows.some((row) => theirs.has(row.kpi ?? ""))).toBe(false);
    expect(csv.rows.some((row) => row.value === "9")).toBe(false);
  });
});

describe("bad parameters", () => {
  it.each([
    ["check-ins", "format=csv&from=2025-03-01&to=2025-01-01", "to", "The end date must be on or after the start date."],
    ["check-ins", "format=csv&from=2025-02-30", "from", "Enter a date like 2026-03-12."],
    ["check-ins", "format=pdf", "format", 'Choose the format "csv" or "xlsx".'],
    ["kpis", "", "format", 'Choose the format "csv" or "xlsx".'],
    ["kpis", "format=csv&format=xlsx", "format", 'Give "format" once.'],
    ["kpis", "format=csv&status=great", "status", expect.stringContaining("on_track")],
    ["kpis", "format=csv&archived=maybe", "archived", "Use 1 (yes) or 0 (no)."],
    ["kpis", "format=csv&page=2", "query", expect.stringContaining("page")],
  ] as const)("refuses %s?%s with 400 on %s", async (kind, query, field, message) => {
    const response = await download(scenario.world, kind, query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { status: number; detail: string; errors: { field: string; message: string }[] };
    expect(problem.status).toBe(400);
    expect(problem.errors).toContainEqual({ field, message });
  });
});

describe("a large export", () => {
  const KPIS = 10;
  const DAYS = 2000;

  async function bigWorld() {
    const world = await createOrgWorld(db(), "exportbig");
    const adminId = world.members.admin.membershipId;
    const start = Date.UTC(2019, 0, 1);
    for (let k = 0; k < KPIS; k += 1) {
      const name = `Daily count ${String(KPIS - k).padStart(2, "0")}`;
      const kpi = await db().kpi.create({
        data: {
          orgId: world.org.id,
          name,
          activeName: name.toLowerCase(),
          code: `DAILY${k}`,
          activeCode: `DAILY${k}`,
          category: "operational",
          unit: "number",
          direction: "increase",
          cadence: "daily",
          startDate: new Date(start),
          ownerMembershipId: adminId,
        },
        select: { id: true },
      });
      await db().kpiTarget.create({ data: { orgId: world.org.id, kpiId: kpi.id, effectiveFrom: new Date(start), target: "500" } });
      await db().checkIn.createMany({
        data: Array.from({ length: DAYS }, (_, day) => ({
          orgId: world.org.id,
          kpiId: kpi.id,
          periodStart: new Date(start + day * 86_400_000),
          value: String(day - 100),
          comment: day % 7 === 0 ? `=cmd|' /C calc'!A${day}` : "",
          recordedByMembershipId: adminId,
        })),
      });
    }
    return world;
  }

  /** The test database's client, counting the check-in reads the export makes. */
  function countingReads(): { client: PrismaClient; reads: () => number } {
    let reads = 0;
    const client = db().$extends({
      query: {
        checkIn: {
          findMany({ args, query }) {
            reads += 1;
            return query(args);
          },
        },
      },
    }) as unknown as PrismaClient;
    return { client, reads: () => reads };
  }

  let big: OrgWorld;
  beforeAll(async () => {
    big = await bigWorld();
  }, 120_000);

  it("streams 20,000 check-ins as CSV in many chunks, a thousand rows a query, reading on only as the file is read", async () => {
    const { client, reads } = countingReads();
    const response = await download(big, "check-ins", "format=csv", { client });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const parts: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      // The header and the first batch are out; the rest has not been read from the database yet.
      if (parts.length === 2) expect(reads()).toBeLessThanOrEqual(2);
    }
    const chunks = parts.length;
    const csv = parseCsv(Buffer.concat(parts));
    expect(csv.rows).toHaveLength(KPIS * DAYS);
    expect(chunks).toBeGreaterThanOrEqual((KPIS * DAYS) / 1000 - 2);
    // One query per thousand rows, plus one that finds each KPI's end: never one per row or per KPI-period.
    expect(reads()).toBeLessThanOrEqual((KPIS * DAYS) / 1000 + KPIS);
    // KPIs by name (Daily count 01 … 10), each KPI's periods in order.
    expect(csv.rows[0]).toMatchObject({ kpi: "DAILY9", kpi_name: "Daily count 01", date: "2019-01-01", value: "-100", comment: "'=cmd|' /C calc'!A0" });
    expect(csv.rows[DAYS - 1]).toMatchObject({ kpi: "DAILY9", value: String(DAYS - 101) });
    expect(csv.rows[DAYS]).toMatchObject({ kpi: "DAILY8", date: "2019-01-01" });
    expect(csv.rows.at(-1)).toMatchObject({ kpi: "DAILY0", kpi_name: "Daily count 10" });
    for (let index = 1; index < csv.rows.length; index += 1) {
      const [previous, current] = [csv.rows[index - 1]!, csv.rows[index]!];
      if (previous.kpi === current.kpi) expect(previous.date! < current.date!, `row ${index}`).toBe(true);
    }
  }, 120_000);

  it("streams them as an Excel workbook that reads back whole", async () => {
    const { client, reads } = countingReads();
    const response = await download(big, "check-ins", "format=xlsx", { client });
    const { bytes, chunks } = await readBody(response);
    expect(chunks).toBeGreaterThan(1);
    expect(reads()).toBeLessThanOrEqual((KPIS * DAYS) / 1000 + KPIS);
    const xlsx = await parseXlsx(bytes);
    expect(xlsx.rows).toHaveLength(KPIS * DAYS);
    expect(xlsx.rows[0]).toMatchObject({ kpi: "DAILY9", value: -100, comment: "'=cmd|' /C calc'!A0" });
    expect(xlsx.rows.at(-1)).toMatchObject({ kpi: "DAILY0", value: DAYS - 101 });
  }, 120_000);

  it.each(["csv", "xlsx"])("stops reading the database when the %s download is cancelled", async (format) => {
    const { client, reads } = countingReads();
    const response = await download(big, "check-ins", `format=${format}`, { client });
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const afterCancel = reads();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reads()).toBe(afterCancel);
    expect(afterCancel).toBeLessThan((KPIS * DAYS) / 1000);
  });

  it.each(["csv", "xlsx"])("fails the %s download, rather than end it early, when the database fails midway", async (format) => {
    let reads = 0;
    const failing = db().$extends({
      query: {
        checkIn: {
          findMany({ args, query }) {
            reads += 1;
            if (reads === 3) throw new Error("connection lost");
            return query(args);
          },
        },
      },
    }) as unknown as PrismaClient;
    const response = await download(big, "check-ins", `format=${format}`, { client: failing });
    expect(response.status).toBe(200);
    await expect(readBody(response)).rejects.toThrow();
  });

  it("pages through one KPI's values in order when they are more than a batch", async () => {
    const kpi = await db().kpi.findFirstOrThrow({ where: { orgId: big.org.id, code: "DAILY3" }, select: { id: true } });
    const csv = await csvOf(await download(big, "check-ins", `format=csv&kpi=${kpi.id}&from=2019-01-01&to=2019-12-31`, { batchSize: 100 }));
    expect(csv.rows).toHaveLength(365);
    expect(csv.rows.map((row) => row.date)).toEqual([...csv.rows.map((row) => row.date)].sort());
    expect(new Set(csv.rows.map((row) => row.date)).size).toBe(365);
  });
});
