import { describe, expect, it } from "vitest";
import { handleRestRequest } from "../src/rest";
import { API_ORIGIN, apiClient } from "./support/rest-client";
import { useTestDatabase } from "./support/database";
import { createRestKpi, keyOf, valueRowCounts } from "./support/rest-world";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

function importCsv(client: ReturnType<typeof apiClient>, csv: string, dryRun: "true" | "false", idempotencyKey?: string) {
  return client.POST("/imports", {
    params: { query: { dryRun }, header: idempotencyKey ? { "Idempotency-Key": idempotencyKey } : {} },
    body: csv,
    bodySerializer: (body) => body,
    headers: { "Content-Type": "text/csv" },
  });
}

describe("POST /imports", () => {
  it("a dry run answers every row's outcome and writes nothing; the commit writes all rows; the same file again changes nothing", async () => {
    const world = await createOrgWorld(db(), "rest-import");
    const kpiId = await createRestKpi(db(), world, { name: "Orders shipped", code: "SHIPPED" });
    const client = apiClient(db(), world.apiKey.secret);
    await client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date: "2025-02-01" } }, body: { value: "70" } });
    const csv = "kpi,date,value,comment\nSHIPPED,2025-01-15,60,\nShipped,2025-02-15,75,corrected\nOrders shipped,2025-03-15,80,\n";

    const dry = await importCsv(client, csv, "true");
    expect(dry.response.status).toBe(200);
    expect(dry.data).toMatchObject({ dry_run: true, committed: false, counts: { rows: 3, new: 2, changed: 1, unchanged: 0, error: 0 }, file: { kind: "csv", delimiter: "," } });
    expect(dry.data?.rows[1]).toEqual({
      line: 3,
      kpi: "Shipped",
      kpi_id: kpiId,
      period_start: "2025-02-01",
      outcome: "changed",
      value: "75",
      previous_value: "70",
      comment: "corrected",
      previous_comment: "",
      error: null,
    });
    expect(await valueRowCounts(db(), world.org.id)).toEqual({ checkIns: 1, revisions: 0, deletions: 0 });

    const committed = await importCsv(client, csv, "false");
    expect(committed.response.status).toBe(200);
    expect(committed.data).toMatchObject({ dry_run: false, committed: true, counts: { new: 2, changed: 1 } });
    const stored = await db().checkIn.findMany({ where: { orgId: world.org.id, kpiId }, orderBy: { periodStart: "asc" }, select: { value: true, source: true, apiKeyId: true } });
    expect(stored.map((row) => [row.value.toString(), row.source, row.apiKeyId])).toEqual([
      ["60", "import", world.apiKey.id],
      ["75", "import", world.apiKey.id],
      ["80", "import", world.apiKey.id],
    ]);
    const again = await importCsv(client, csv, "false");
    expect(again.data?.counts).toEqual({ rows: 3, new: 0, changed: 0, unchanged: 3, error: 0 });
  });

  it("a commit with a bad row writes nothing and answers 422 naming each refused line, with the full answer", async () => {
    const world = await createOrgWorld(db(), "rest-import-bad");
    const other = await createOrgWorld(db(), "rest-import-other");
    await createRestKpi(db(), world, { name: "Orders shipped", code: "SHIPPED" });
    const client = apiClient(db(), world.apiKey.secret);
    const csv = `kpi,date,value\nSHIPPED,2025-01-15,60\n${other.kpis.ownedBy.admin},2025-01-15,1\nSHIPPED,2025-02-15,lots\n`;
    const answer = await importCsv(client, csv, "false");
    expect(answer.response.status).toBe(422);
    expect(answer.response.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.error).toMatchObject({
      type: "/docs/api#problem-validation-failed",
      status: 422,
      errors: [
        { line: 3, detail: expect.stringContaining("Line 3") },
        { line: 4, detail: expect.stringContaining("Line 4") },
      ],
      import: { committed: false, counts: { rows: 3, error: 2 } },
    });
    const refused = answer.error;
    if (!refused || !("import" in refused)) throw new Error("The 422 answer carries the import's answer.");
    expect(refused.import.rows.map((row) => row.error?.code ?? null)).toEqual([null, "unknown_kpi", "bad_number"]);
    expect(await valueRowCounts(db(), world.org.id)).toEqual({ checkIns: 0, revisions: 0, deletions: 0 });
    expect(await valueRowCounts(db(), other.org.id)).toEqual({ checkIns: 0, revisions: 0, deletions: 0 });
  });

  it("a team key imports only its team's KPIs, and a read key may not import at all", async () => {
    const world = await createOrgWorld(db(), "rest-import-keys");
    await createRestKpi(db(), world, { name: "Invoices booked", code: "BOOKED", teamId: world.teams.department.id });
    await createRestKpi(db(), world, { name: "Servers migrated", code: "MIGRATED", teamId: world.teams.project.id });
    const teamKey = await keyOf(db(), world, { teamId: world.teams.department.id });
    const dry = await importCsv(apiClient(db(), teamKey.secret), "kpi,date,value\nBOOKED,2025-01-15,1\nMIGRATED,2025-01-15,1\n", "true");
    expect(dry.data?.rows.map((row) => [row.outcome, row.error?.code ?? null])).toEqual([
      ["new", null],
      ["error", "unknown_kpi"],
    ]);
    const readKey = await keyOf(db(), world, { scope: "read" });
    const refused = await importCsv(apiClient(db(), readKey.secret), "kpi,date,value\nBOOKED,2025-01-15,1\n", "true");
    expect(refused.response.status).toBe(403);
  });

  it("refuses a missing dryRun, another content type, an empty file, a header row only and a file over 20 MB", async () => {
    const world = await createOrgWorld(db(), "rest-import-files");
    const client = apiClient(db(), world.apiKey.secret);
    const send = (body: BodyInit, contentType: string, query = "?dryRun=true") =>
      handleRestRequest(new Request(`${API_ORIGIN}/api/v1/imports${query}`, { method: "POST", headers: { Authorization: `Bearer ${world.apiKey.secret}`, "Content-Type": contentType }, body }), { db: db() });

    const noDryRun = await send("kpi,date,value\n", "text/csv", "");
    expect(noDryRun.status).toBe(422);
    expect(await noDryRun.json()).toMatchObject({ errors: [{ parameter: "dryRun" }] });
    expect((await send('{"values": []}', "application/json")).status).toBe(415);
    const empty = await importCsv(client, "", "true");
    expect(empty.response.status).toBe(400);
    expect(empty.error?.detail).toMatch(/empty/i);
    const headerOnly = await importCsv(client, "kpi,date,value\n", "true");
    expect(headerOnly.response.status).toBe(400);
    expect(headerOnly.error?.detail).toMatch(/header|no rows|only/i);
    const huge = await send(new Uint8Array(20 * 1024 * 1024 + 1).fill(65), "text/csv");
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { detail: string }).detail).toMatch(/20 MB/);
  });

  it("replays an import sent again with its Idempotency-Key instead of importing twice", async () => {
    const world = await createOrgWorld(db(), "rest-import-idem");
    await createRestKpi(db(), world, { name: "Orders shipped", code: "SHIPPED" });
    const client = apiClient(db(), world.apiKey.secret);
    const csv = "kpi,date,value\nSHIPPED,2025-01-15,60\n";
    const first = await importCsv(client, csv, "false", "import-2025-01");
    const replay = await importCsv(client, csv, "false", "import-2025-01");
    expect(replay.response.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.data).toEqual(first.data);
    expect(replay.data?.counts.new).toBe(1);
    expect((await importCsv(client, "kpi,date,value\nSHIPPED,2025-01-15,61\n", "false", "import-2025-01")).response.status).toBe(422);
    expect(await db().auditEvent.count({ where: { orgId: world.org.id, action: "values.imported" } })).toBe(1);
  });
});
