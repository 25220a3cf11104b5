import { describe, expect, it } from "vitest";
import { apiClient } from "./support/rest-client";
import { useTestDatabase } from "./support/database";
import { createRestKpi, valueRowCounts } from "./support/rest-world";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

describe("values through the API", () => {
  it("a correction through the API of a value a member typed takes the key as its source and recorder, and a new time", async () => {
    const world = await createOrgWorld(db(), "rest-correct-manual");
    const kpiId = await createRestKpi(db(), world, { name: "Orders packed", code: "PACKED" });
    const stored = await db().checkIn.create({
      data: { orgId: world.org.id, kpiId, periodStart: new Date("2025-04-01T00:00:00Z"), value: "40", comment: "typed", recordedByMembershipId: world.members.manager.membershipId, source: "manual" },
    });
    const corrected = await apiClient(db(), world.apiKey.secret).PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date: "2025-04-09" } }, body: { value: "42.5" } });
    expect(corrected.response.status).toBe(200);
    const after = await db().checkIn.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: stored.id } }, include: { revisions: true } });
    expect(after).toMatchObject({ comment: "", source: "api", apiKeyId: world.apiKey.id, recordedByMembershipId: world.members.admin.membershipId });
    expect(after.value.toString()).toBe("42.5");
    expect(after.updatedAt.getTime()).toBeGreaterThan(stored.updatedAt.getTime());
    expect(Math.abs(after.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(after.revisions.map((revision) => [revision.value.toString(), revision.comment, revision.source, revision.recordedByMembershipId])).toEqual([
      ["40", "typed", "manual", world.members.manager.membershipId],
    ]);
  });

  it("PUT records the period containing the date, answers the stored value and status, and a correction keeps the old value", async () => {
    const world = await createOrgWorld(db(), "rest-put");
    const kpiId = await createRestKpi(db(), world, { name: "Orders shipped", code: "SHIPPED" });
    const client = apiClient(db(), world.apiKey.secret);

    const first = await client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId: "shipped", date: "2025-03-17" } }, body: { value: "85", comment: "Strike week" } });
    expect(first.response.status).toBe(200);
    expect(first.data).toEqual({
      value: { kpi_id: kpiId, period_start: "2025-03-01", period_end: "2025-03-31", value: "85", comment: "Strike week", source: "api", status: "at_risk", recorded_at: expect.any(String) },
      kpi_status: expect.stringMatching(/^(at_risk|overdue)$/),
    });
    const corrected = await client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date: "2025-03-02" } }, body: { value: 120.25 } });
    expect(corrected.data?.value).toMatchObject({ period_start: "2025-03-01", value: "120.25", comment: "", status: "on_track" });

    const checkIn = await db().checkIn.findFirstOrThrow({ where: { orgId: world.org.id, kpiId }, include: { revisions: true } });
    expect(checkIn).toMatchObject({ source: "api", apiKeyId: world.apiKey.id, recordedByMembershipId: world.members.admin.membershipId });
    expect(checkIn.revisions.map((revision) => [revision.value.toString(), revision.comment, revision.source])).toEqual([["85", "Strike week", "api"]]);
    const again = await client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date: "2025-03-31" } }, body: { value: "120.250" } });
    expect(again.response.status).toBe(200);
    expect(await db().checkInRevision.count({ where: { orgId: world.org.id } })).toBe(1);
    const kpi = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: kpiId } } });
    expect(kpi.latestValue?.toString()).toBe("120.25");
  });

  it("PUT refuses a bad value, date, future period and archived KPI with problem details naming the field", async () => {
    const world = await createOrgWorld(db(), "rest-put-bad");
    const kpiId = await createRestKpi(db(), world, { name: "Orders shipped" });
    const client = apiClient(db(), world.apiKey.secret);
    const put = (date: string, body: { value: string | number; comment?: string }) => client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date } }, body });

    const badValue = await put("2025-03-01", { value: "12,5" });
    expect(badValue.response.status).toBe(422);
    expect(badValue.error).toEqual({
      type: "/docs/api#problem-validation-failed",
      title: "Validation failed",
      status: 422,
      detail: "Enter a number, like 1250 or 12.5.",
      errors: [{ pointer: "/value", detail: "Enter a number, like 1250 or 12.5." }],
    });
    expect((await put("2025-03-01", { value: "1.1234567" })).error?.errors).toEqual([{ pointer: "/value", detail: "Use at most 6 decimals." }]);
    expect((await put("2025-02-30", { value: "1" })).error?.errors).toEqual([{ parameter: "date", detail: expect.stringContaining("date") }]);
    expect((await put("2024-12-01", { value: "1" })).error?.errors).toEqual([{ parameter: "date", detail: expect.stringContaining("starts on 2025-01-01") }]);
    expect((await put("2999-01-01", { value: "1" })).error?.errors).toEqual([{ parameter: "date", detail: expect.stringContaining("has not started") }]);
    await db().kpi.update({ where: { orgId_id: { orgId: world.org.id, id: kpiId } }, data: { archivedAt: new Date(), activeName: null } });
    expect((await put("2025-03-01", { value: "1" })).error?.detail).toMatch(/archived/);
    expect(await valueRowCounts(db(), world.org.id)).toEqual({ checkIns: 0, revisions: 0, deletions: 0 });
  });

  it("DELETE removes the period's value, keeps it and its revisions in the deletion history, and updates the KPI", async () => {
    const world = await createOrgWorld(db(), "rest-delete");
    const kpiId = await createRestKpi(db(), world, { name: "Orders shipped", code: "SHIPPED" });
    const client = apiClient(db(), world.apiKey.secret);
    const put = (date: string, value: string) => client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date } }, body: { value } });
    await put("2025-02-10", "70");
    await put("2025-03-10", "90");
    await put("2025-03-11", "95");

    const removed = await client.DELETE("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId: "SHIPPED", date: "2025-03-20" } } });
    expect(removed.response.status).toBe(200);
    expect(removed.data).toEqual({ kpi_id: kpiId, period_start: "2025-03-01", deleted_value: "95", kpi_status: expect.any(String) });
    const deletion = await db().checkInDeletion.findFirstOrThrow({ where: { orgId: world.org.id, kpiId } });
    expect(deletion).toMatchObject({ apiKeyId: world.apiKey.id, deletedByMembershipId: world.members.admin.membershipId });
    expect(deletion.value.toString()).toBe("95");
    expect((deletion.history as { value: string; source: string }[]).map((entry) => [entry.value, entry.source])).toEqual([
      ["90", "api"],
      ["95", "api"],
    ]);
    expect(await valueRowCounts(db(), world.org.id)).toEqual({ checkIns: 1, revisions: 0, deletions: 1 });
    const kpi = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: kpiId } } });
    expect([kpi.latestPeriodStart?.toISOString().slice(0, 10), kpi.latestValue?.toString()]).toEqual(["2025-02-01", "70"]);

    const again = await client.DELETE("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date: "2025-03-20" } } });
    expect(again.response.status).toBe(404);
    expect(again.error?.detail).toMatch(/period starting 2025-03-01/);
  });

  it("GET values lists a range oldest first, a page at a time", async () => {
    const world = await createOrgWorld(db(), "rest-read-values");
    const kpiId = await createRestKpi(db(), world, { name: "Orders shipped", code: "SHIPPED" });
    const client = apiClient(db(), world.apiKey.secret);
    const values = ["2025-01-05", "2025-02-05", "2025-03-05", "2025-04-05", "2025-05-05"].map((date, index) => ({ kpi: "SHIPPED", date, value: String(70 + index * 10) }));
    expect((await client.POST("/values", { body: { values } })).response.status).toBe(200);

    const range = await client.GET("/kpis/{kpiId}/values", { params: { path: { kpiId: "SHIPPED" }, query: { from: "2025-02-01", to: "2025-04-30", limit: 2 } } });
    expect(range.data?.data.map((value) => [value.period_start, value.value, value.status])).toEqual([
      ["2025-02-01", "80", "at_risk"],
      ["2025-03-01", "90", "at_risk"],
    ]);
    expect(range.data?.next_cursor).toBeTruthy();
    const next = await client.GET("/kpis/{kpiId}/values", { params: { path: { kpiId }, query: { from: "2025-02-01", to: "2025-04-30", limit: 2, cursor: range.data!.next_cursor! } } });
    expect(next.data?.data.map((value) => value.period_start)).toEqual(["2025-04-01"]);
    expect(next.data?.next_cursor).toBeNull();
    const backwards = await client.GET("/kpis/{kpiId}/values", { params: { path: { kpiId }, query: { from: "2025-04-01", to: "2025-01-01" } } });
    expect(backwards.error?.errors).toEqual([{ parameter: "to", detail: expect.any(String) }]);
  });

  it("GET /kpis pages through every visible KPI once, with a limit of at most 100", async () => {
    const world = await createOrgWorld(db(), "rest-pages");
    const client = apiClient(db(), world.apiKey.secret);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const answer = await client.GET("/kpis", { params: { query: { limit: 4, ...(cursor ? { cursor } : {}) } } });
      expect(answer.response.status).toBe(200);
      seen.push(...answer.data!.data.map((kpi) => kpi.id));
      if (!answer.data!.next_cursor) break;
      cursor = answer.data!.next_cursor;
    }
    expect(seen.sort()).toEqual(Object.values(world.kpis.ownedBy).sort());
    const tooMany = await client.GET("/kpis", { params: { query: { limit: 101 } } });
    expect(tooMany.response.status).toBe(422);
    expect(tooMany.error?.errors).toEqual([{ parameter: "limit", detail: "Use at most 100." }]);
    const badCursor = await client.GET("/kpis", { params: { query: { cursor: "not_a_cursor" } } });
    expect(badCursor.error?.errors?.[0]?.parameter).toBe("cursor");
  });

  it("POST /values writes a batch in one transaction, or nothing with each refusal's field path", async () => {
    const world = await createOrgWorld(db(), "rest-batch");
    await createRestKpi(db(), world, { name: "Orders shipped", code: "SHIPPED" });
    const client = apiClient(db(), world.apiKey.secret);
    const values = Array.from({ length: 20 }, (_, index) => ({ kpi: index % 2 ? "SHIPPED" : world.kpis.ownedBy.viewer, date: `2025-${String((index >> 1) + 1).padStart(2, "0")}-03`, value: String(index) }));

    const refused = await client.POST("/values", { body: { values: values.map((value, index) => (index === 17 ? { ...value, date: "2999-01-01" } : value)) } });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.errors).toEqual([{ pointer: "/values/17/date", detail: expect.stringContaining("has not started") }]);
    const badNumber = await client.POST("/values", { body: { values: values.map((value, index) => (index === 3 ? { ...value, value: "lots" } : value)) } });
    expect(badNumber.error?.errors).toEqual([{ pointer: "/values/3/value", detail: "Enter a number, like 1250 or 12.5." }]);
    const twice = await client.POST("/values", { body: { values: [values[1]!, { ...values[1]!, date: "2025-01-28" }] } });
    expect(twice.error?.errors).toEqual([{ pointer: "/values/1/date", detail: expect.stringContaining("same KPI and period") }]);
    expect(await valueRowCounts(db(), world.org.id)).toEqual({ checkIns: 0, revisions: 0, deletions: 0 });

    const accepted = await client.POST("/values", { body: { values } });
    expect(accepted.response.status).toBe(200);
    expect(accepted.data?.recorded).toBe(20);
    expect(accepted.data?.values[1]).toEqual({ kpi_id: expect.any(String), period_start: "2025-01-01" });
    expect(await db().checkIn.count({ where: { orgId: world.org.id, source: "api", apiKeyId: world.apiKey.id } })).toBe(20);
  });

  it("a batch of 1,001 values is refused with a clear message, and nothing is written", async () => {
    const world = await createOrgWorld(db(), "rest-batch-size");
    const client = apiClient(db(), world.apiKey.secret);
    const values = Array.from({ length: 1001 }, (_, index) => ({ kpi: world.kpis.ownedBy.admin, date: "2025-01-01", value: String(index) }));
    const answer = await client.POST("/values", { body: { values } });
    expect(answer.response.status).toBe(422);
    expect(answer.error).toMatchObject({
      status: 422,
      detail: "Send at most 1,000 values in one batch; split larger sets into several requests.",
      errors: [{ pointer: "/values", detail: "Send at most 1,000 values in one batch; split larger sets into several requests." }],
    });
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(0);
  });

  it("a batch of 1,000 values across many KPIs is written whole", { timeout: 60_000 }, async () => {
    const world = await createOrgWorld(db(), "rest-batch-full");
    const client = apiClient(db(), world.apiKey.secret);
    const kpis = Object.values(world.kpis.ownedBy);
    const months = Array.from({ length: 22 }, (_, index) => `${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`);
    const extra = await Promise.all(Array.from({ length: 40 }, (_, index) => createRestKpi(db(), world, { name: `Batch KPI ${index}` })));
    const values = [...kpis, ...extra].flatMap((kpi) => months.map((date) => ({ kpi, date, value: "50" }))).slice(0, 1000);
    expect(values).toHaveLength(1000);
    const started = Date.now();
    const answer = await client.POST("/values", { body: { values } });
    const elapsed = Date.now() - started;
    expect(answer.response.status).toBe(200);
    expect(answer.data?.recorded).toBe(1000);
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(1000);
    console.info(`rest batch: 1000 values in ${elapsed} ms`);
  });
});
