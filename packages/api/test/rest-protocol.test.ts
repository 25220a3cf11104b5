import { describe, expect, it } from "vitest";
import { apiEnv, readApiEnv } from "../src/env";
import { handleRestRequest } from "../src/rest";
import { API_ORIGIN, apiClient } from "./support/rest-client";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function send(world: OrgWorld | null, method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}, options = {}) {
  const headers = new Headers(init.headers);
  if (world) headers.set("Authorization", `Bearer ${world.apiKey.secret}`);
  return handleRestRequest(new Request(`${API_ORIGIN}/api/v1${path}`, { method, headers, body: init.body }), { db: db(), ...options });
}

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as { type: string; title: string; status: number; detail: string };
  expect(body.status).toBe(response.status);
  expect(typeof body.title).toBe("string");
  expect(body.type).toMatch(/^\/docs\/api#problem-/);
  return body;
}

describe("the protocol", () => {
  it("answers an unknown route with a 404 problem and a wrong method with 405 and Allow", async () => {
    const world = await createOrgWorld(db(), "proto-routes");
    const unknown = await send(world, "GET", "/teams");
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).detail).toMatch(/No such endpoint/);
    const wrong = await send(world, "POST", "/kpis");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, HEAD");
    await problemOf(wrong);
    const patch = await send(world, "PATCH", `/kpis/x/values/2025-01-01`);
    expect(patch.headers.get("allow")).toBe("PUT, DELETE");
    const options = await send(null, "OPTIONS", "/values");
    expect([options.status, options.headers.get("allow")]).toEqual([204, "POST"]);
  });

  it("refuses a body of another content type (415), malformed JSON (400) and a body over 1 MB (413), writing nothing", async () => {
    const world = await createOrgWorld(db(), "proto-bodies");
    const path = `/kpis/${world.kpis.ownedBy.admin}/values/2025-03-01`;
    const wrongType = await send(world, "PUT", path, { body: "value=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(wrongType.status).toBe(415);
    expect((await problemOf(wrongType)).detail).toMatch(/application\/json/);
    const noType = await send(world, "POST", "/values", { body: "{}" });
    expect(noType.status).toBe(415);
    const malformed = await send(world, "PUT", path, { body: '{"value": 1,', headers: { "Content-Type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect((await problemOf(malformed)).detail).toMatch(/not valid JSON/);
    const empty = await send(world, "PUT", path, { body: "", headers: { "Content-Type": "application/json" } });
    expect(empty.status).toBe(400);
    const huge = JSON.stringify({ values: [{ kpi: world.kpis.ownedBy.admin, date: "2025-03-01", value: "1", comment: "x".repeat(1024 * 1024) }] });
    const tooLarge = await send(world, "POST", "/values", { body: huge, headers: { "Content-Type": "application/json" } });
    expect(tooLarge.status).toBe(413);
    expect((await problemOf(tooLarge)).detail).toMatch(/1 MB/);
    const unknownField = await send(world, "PUT", path, { body: JSON.stringify({ value: "1", period: "2025-03" }), headers: { "Content-Type": "application/json; charset=utf-8" } });
    expect(unknownField.status).toBe(422);
    expect(await unknownField.json()).toMatchObject({ errors: [{ pointer: "", detail: expect.stringContaining("period") }] });
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(0);
  });

  it("counts every request of a key, says so in RateLimit headers, and answers 429 with Retry-After once spent", async () => {
    const world = await createOrgWorld(db(), "proto-limits");
    const client = apiClient(db(), world.apiKey.secret, { rateLimitPerMinute: 3 });
    const seen: { status: number; remaining: string | null }[] = [];
    for (let index = 0; index < 3; index += 1) {
      const answer = await client.GET("/kpis", { params: { query: { limit: 1 } } });
      seen.push({ status: answer.response.status, remaining: answer.response.headers.get("ratelimit-remaining") });
      expect(answer.response.headers.get("ratelimit-limit")).toBe("3");
      expect(answer.response.headers.get("ratelimit-policy")).toBe("3;w=60");
      expect(Number(answer.response.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    }
    expect(seen).toEqual([
      { status: 200, remaining: "2" },
      { status: 200, remaining: "1" },
      { status: 200, remaining: "0" },
    ]);
    const spent = await client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId: world.kpis.ownedBy.admin, date: "2025-03-01" } }, body: { value: "1" } });
    expect(spent.response.status).toBe(429);
    const retryAfter = Number(spent.response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(spent.response.headers.get("ratelimit-remaining")).toBe("0");
    expect(spent.error).toMatchObject({ status: 429, title: "Too many requests", type: "/docs/api#problem-rate-limited" });
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(0);
    // Another key of the same organization has its own budget.
    const other = await createOrgWorld(db(), "proto-limits-other");
    expect((await apiClient(db(), other.apiKey.secret, { rateLimitPerMinute: 3 }).GET("/kpis")).response.status).toBe(200);
  });

  it("takes the per-key budget from API_RATE_LIMIT_PER_MINUTE, 600 by default", async () => {
    expect(readApiEnv({}).apiRateLimitPerMinute).toBe(600);
    expect(readApiEnv({ API_RATE_LIMIT_PER_MINUTE: "120" }).apiRateLimitPerMinute).toBe(120);
    expect(() => readApiEnv({ API_RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/API_RATE_LIMIT_PER_MINUTE/);
    expect(() => readApiEnv({ API_RATE_LIMIT_PER_MINUTE: "many" })).toThrow(/API_RATE_LIMIT_PER_MINUTE/);
    const world = await createOrgWorld(db(), "proto-env-limit");
    const answer = await send(world, "GET", "/kpis");
    expect(answer.headers.get("ratelimit-limit")).toBe(String(apiEnv.apiRateLimitPerMinute));
  });

  it("serves the OpenAPI document without a key, and answers HEAD like GET without a body", async () => {
    const document = await send(null, "GET", "/openapi.json");
    expect(document.status).toBe(200);
    expect(document.headers.get("content-type")).toBe("application/json");
    expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
    const world = await createOrgWorld(db(), "proto-head");
    const head = await send(world, "HEAD", "/kpis");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});
