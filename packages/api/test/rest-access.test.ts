import { describe, expect, it } from "vitest";
import { apiClient } from "./support/rest-client";
import { useTestDatabase } from "./support/database";
import { createRestKpi, keyOf, valueRowCounts } from "./support/rest-world";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

describe("who a key reaches", () => {
  it("another organization's key sees and writes none of its KPIs: 404, nothing written", async () => {
    const world = await createOrgWorld(db(), "rest-own");
    const other = await createOrgWorld(db(), "rest-foreign");
    const kpiId = world.kpis.ownedBy.admin;
    await createRestKpi(db(), world, { name: "Monthly recurring revenue", code: "MRR" });
    const foreign = apiClient(db(), other.apiKey.secret);

    const listed = await foreign.GET("/kpis", { params: { query: { limit: 100 } } });
    expect(listed.response.status).toBe(200);
    expect(listed.data!.data.map((kpi) => kpi.id)).not.toContain(kpiId);
    expect(listed.data!.data.every((kpi) => kpi.name.startsWith("Owned by"))).toBe(true);

    const before = await valueRowCounts(db(), world.org.id);
    for (const ref of [kpiId, "MRR"]) {
      const read = await foreign.GET("/kpis/{kpiId}", { params: { path: { kpiId: ref } } });
      expect(read.response.status).toBe(404);
      expect(read.error).toMatchObject({ status: 404, title: "Not found", type: "/docs/api#problem-not-found" });
      expect((await foreign.GET("/kpis/{kpiId}/values", { params: { path: { kpiId: ref } } })).response.status).toBe(404);
      expect((await foreign.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId: ref, date: "2025-03-01" } }, body: { value: "1" } })).response.status).toBe(404);
      expect((await foreign.DELETE("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId: ref, date: "2025-03-01" } } })).response.status).toBe(404);
    }
    const batch = await foreign.POST("/values", { body: { values: [{ kpi: kpiId, date: "2025-03-01", value: "1" }] } });
    expect(batch.response.status).toBe(422);
    expect(batch.error?.errors).toEqual([{ pointer: "/values/0/kpi", detail: expect.stringContaining(kpiId) }]);
    expect(await valueRowCounts(db(), world.org.id)).toEqual(before);
  });

  it("a team key sees and writes only its team's KPIs", async () => {
    const world = await createOrgWorld(db(), "rest-team");
    const inTeam = await createRestKpi(db(), world, { name: "Invoices booked", code: "BOOKED", teamId: world.teams.department.id });
    const elsewhere = await createRestKpi(db(), world, { name: "Servers migrated", code: "MIGRATED", teamId: world.teams.project.id });
    const key = await keyOf(db(), world, { teamId: world.teams.department.id });
    const client = apiClient(db(), key.secret);

    const listed = await client.GET("/kpis");
    expect(listed.data!.data.map((kpi) => kpi.id)).toEqual([inTeam]);
    expect(listed.data!.data[0]!.team).toEqual({ id: world.teams.department.id, name: world.teams.department.name });
    expect((await client.GET("/kpis/{kpiId}", { params: { path: { kpiId: "booked" } } })).data?.id).toBe(inTeam);
    expect((await client.GET("/kpis/{kpiId}", { params: { path: { kpiId: elsewhere } } })).response.status).toBe(404);
    expect((await client.GET("/kpis/{kpiId}", { params: { path: { kpiId: world.kpis.ownedBy.admin } } })).response.status).toBe(404);
    expect((await client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId: "MIGRATED", date: "2025-03-01" } }, body: { value: 5 } })).response.status).toBe(404);
    const written = await client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId: "BOOKED", date: "2025-03-14" } }, body: { value: 5 } });
    expect(written.response.status).toBe(200);
    const batch = await client.POST("/values", { body: { values: [{ kpi: "BOOKED", date: "2025-04-01", value: 1 }, { kpi: "MIGRATED", date: "2025-04-01", value: 1 }] } });
    expect(batch.response.status).toBe(422);
    expect(batch.error?.errors?.map((error) => error.pointer)).toEqual(["/values/1/kpi"]);
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(1);
  });

  it("a key whose team was deleted reaches nothing", async () => {
    const world = await createOrgWorld(db(), "rest-team-gone");
    await createRestKpi(db(), world, { name: "Invoices booked", teamId: world.teams.project.id });
    const key = await keyOf(db(), world, { teamId: world.teams.project.id });
    await db().team.delete({ where: { orgId_id: { orgId: world.org.id, id: world.teams.project.id } } });
    const listed = await apiClient(db(), key.secret).GET("/kpis");
    expect(listed.data).toEqual({ data: [], next_cursor: null });
  });

  it("a read key reads, and writing is 403 before anything is looked at", async () => {
    const world = await createOrgWorld(db(), "rest-read");
    const key = await keyOf(db(), world, { scope: "read" });
    const client = apiClient(db(), key.secret);
    const kpiId = world.kpis.ownedBy.admin;
    expect((await client.GET("/kpis/{kpiId}", { params: { path: { kpiId } } })).response.status).toBe(200);
    const put = await client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date: "2025-03-01" } }, body: { value: "1" } });
    expect(put.response.status).toBe(403);
    expect(put.error).toMatchObject({ status: 403, title: "Forbidden", detail: expect.stringContaining("only read") });
    expect((await client.DELETE("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date: "2025-03-01" } } })).response.status).toBe(403);
    expect((await client.POST("/values", { body: { values: [{ kpi: kpiId, date: "2025-03-01", value: "1" }] } })).response.status).toBe(403);
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(0);
  });

  it.each([
    ["no key", null, /Authorization/],
    ["an unknown key", "tly_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", /not valid/],
    ["a string that is no key", "hunter2", /not valid/],
  ])("%s is 401 with WWW-Authenticate and no rate-limit headers", async (_label, secret, message) => {
    const response = await apiClient(db(), secret).GET("/kpis");
    expect(response.response.status).toBe(401);
    expect(response.response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(response.response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.response.headers.get("ratelimit-limit")).toBeNull();
    expect(response.error).toEqual({ type: "/docs/api#problem-unauthorized", title: "Unauthorized", status: 401, detail: expect.stringMatching(message) });
  });

  it("a revoked or expired key is 401 saying so, and the same key worked before", async () => {
    const world = await createOrgWorld(db(), "rest-revoked");
    const client = apiClient(db(), world.apiKey.secret);
    expect((await client.GET("/kpis")).response.status).toBe(200);
    await db().apiKey.update({ where: { orgId_id: { orgId: world.org.id, id: world.apiKey.id } }, data: { revokedAt: new Date() } });
    const revoked = await client.GET("/kpis");
    expect(revoked.response.status).toBe(401);
    expect(revoked.error?.detail).toMatch(/revoked/);

    const expiring = await keyOf(db(), world, { expiresAt: new Date(Date.now() + 60_000) });
    expect((await apiClient(db(), expiring.secret).GET("/kpis")).response.status).toBe(200);
    const expired = await keyOf(db(), world, { expiresAt: new Date(Date.now() - 1000) });
    const answer = await apiClient(db(), expired.secret).PUT("/kpis/{kpiId}/values/{date}", {
      params: { path: { kpiId: world.kpis.ownedBy.admin, date: "2025-03-01" } },
      body: { value: "1" },
    });
    expect(answer.response.status).toBe(401);
    expect(answer.error?.detail).toMatch(/expired/);
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(0);
  });

  it("records the key's use at most once a minute, not on every request", async () => {
    const world = await createOrgWorld(db(), "rest-last-used");
    const client = apiClient(db(), world.apiKey.secret);
    await client.GET("/kpis");
    const first = (await db().apiKey.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: world.apiKey.id } } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await client.GET("/kpis");
    await client.GET("/kpis");
    expect((await db().apiKey.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: world.apiKey.id } } })).lastUsedAt).toEqual(first);
  });
});
