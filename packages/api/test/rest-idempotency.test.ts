import { describe, expect, it } from "vitest";
import { purgeExpiredData } from "../src/purge";
import { apiClient } from "./support/rest-client";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function batch(world: OrgWorld, value: string) {
  return { values: [{ kpi: world.kpis.ownedBy.admin, date: "2025-03-01", value }, { kpi: world.kpis.ownedBy.viewer, date: "2025-03-01", value }] };
}

async function revisionsOf(world: OrgWorld) {
  return db().checkInRevision.count({ where: { orgId: world.org.id } });
}

describe("Idempotency-Key", () => {
  it("replays the first answer for the same key and body, without writing again", async () => {
    const world = await createOrgWorld(db(), "idem-replay");
    const client = apiClient(db(), world.apiKey.secret);
    const headers = { "Idempotency-Key": "b3f5d1e2-import-0001" };
    const first = await client.POST("/values", { params: { header: headers }, body: batch(world, "42") });
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("idempotent-replayed")).toBeNull();
    // Someone corrects a value in between: a replay must not put 42 back.
    await client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId: world.kpis.ownedBy.admin, date: "2025-03-01" } }, body: { value: "43" } });
    const revisionsBefore = await revisionsOf(world);

    const replay = await client.POST("/values", { params: { header: headers }, body: batch(world, "42") });
    expect(replay.response.status).toBe(200);
    expect(replay.response.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.response.headers.get("ratelimit-remaining")).not.toBeNull();
    expect(replay.data).toEqual(first.data);
    expect(await revisionsOf(world)).toBe(revisionsBefore);
    const current = await db().checkIn.findFirstOrThrow({ where: { orgId: world.org.id, kpiId: world.kpis.ownedBy.admin } });
    expect(current.value.toString()).toBe("43");
  });

  it("refuses the same key with another body (422), and keeps keys apart per API key", async () => {
    const world = await createOrgWorld(db(), "idem-reuse");
    const client = apiClient(db(), world.apiKey.secret);
    const headers = { "Idempotency-Key": "nightly-2025-03-01" };
    expect((await client.POST("/values", { params: { header: headers }, body: batch(world, "42") })).response.status).toBe(200);
    const reused = await client.POST("/values", { params: { header: headers }, body: batch(world, "50") });
    expect(reused.response.status).toBe(422);
    expect(reused.error).toMatchObject({ type: "/docs/api#problem-idempotency-key-reused", status: 422, detail: expect.stringContaining("another request") });
    expect((await db().checkIn.findFirstOrThrow({ where: { orgId: world.org.id, kpiId: world.kpis.ownedBy.admin } })).value.toString()).toBe("42");

    const other = await createOrgWorld(db(), "idem-other");
    const otherClient = apiClient(db(), other.apiKey.secret);
    const theirs = await otherClient.POST("/values", { params: { header: headers }, body: batch(other, "50") });
    expect(theirs.response.status).toBe(200);
    expect(theirs.response.headers.get("idempotent-replayed")).toBeNull();
  });

  it("two parallel requests with one key write once: one answers, the other waits (409 Retry-After) or replays", async () => {
    const world = await createOrgWorld(db(), "idem-parallel");
    const client = apiClient(db(), world.apiKey.secret);
    const headers = { "Idempotency-Key": "parallel-1" };
    const answers = await Promise.all(Array.from({ length: 6 }, () => client.POST("/values", { params: { header: headers }, body: batch(world, "42") })));
    const statuses = answers.map((answer) => answer.response.status);
    const fresh = answers.filter((answer) => answer.response.status === 200 && answer.response.headers.get("idempotent-replayed") !== "true");
    expect(fresh).toHaveLength(1);
    for (const answer of answers) {
      if (answer.response.status === 409) {
        expect(answer.response.headers.get("retry-after")).toBe("1");
        expect(answer.error?.detail).toMatch(/still being processed/);
      } else {
        expect(answer.response.status, `statuses: ${statuses.join(",")}`).toBe(200);
        expect(answer.data).toEqual(fresh[0]!.data);
      }
    }
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(2);
    expect(await revisionsOf(world)).toBe(0);
    const later = await client.POST("/values", { params: { header: headers }, body: batch(world, "42") });
    expect(later.response.headers.get("idempotent-replayed")).toBe("true");
  });

  it("replays a refusal as it was, and lets a request run again once its record has expired and been purged", async () => {
    const world = await createOrgWorld(db(), "idem-expiry");
    const client = apiClient(db(), world.apiKey.secret);
    const headers = { "Idempotency-Key": "refused-once" };
    const refused = await client.POST("/values", { params: { header: headers }, body: { values: [{ kpi: world.kpis.ownedBy.admin, date: "2999-01-01", value: "1" }] } });
    expect(refused.response.status).toBe(422);
    const replayed = await client.POST("/values", { params: { header: headers }, body: { values: [{ kpi: world.kpis.ownedBy.admin, date: "2999-01-01", value: "1" }] } });
    expect(replayed.response.status).toBe(422);
    expect(replayed.response.headers.get("content-type")).toBe("application/problem+json");
    expect(replayed.response.headers.get("idempotent-replayed")).toBe("true");
    expect(replayed.error).toEqual(refused.error);

    const key = { "Idempotency-Key": "daily" };
    expect((await client.POST("/values", { params: { header: key }, body: batch(world, "42") })).response.status).toBe(200);
    const scope = { orgId: world.org.id, apiKeyId: world.apiKey.id };
    await db().idempotencyRecord.updateMany({ where: { ...scope, key: "daily" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const report = await purgeExpiredData(db());
    expect(report.idempotencyRecords).toBeGreaterThanOrEqual(1);
    expect(await db().idempotencyRecord.count({ where: { ...scope, key: "daily" } })).toBe(0);
    expect(await db().idempotencyRecord.count({ where: { ...scope, key: "refused-once" } })).toBe(1);
    const again = await client.POST("/values", { params: { header: key }, body: batch(world, "50") });
    expect(again.response.status).toBe(200);
    expect(again.response.headers.get("idempotent-replayed")).toBeNull();
  });

  it("refuses a malformed key with 400 and writes nothing", async () => {
    const world = await createOrgWorld(db(), "idem-bad");
    const client = apiClient(db(), world.apiKey.secret);
    const answer = await client.POST("/values", { params: { header: { "Idempotency-Key": "x".repeat(256) } }, body: batch(world, "1") });
    expect(answer.response.status).toBe(400);
    expect(answer.error?.errors).toEqual([{ parameter: "Idempotency-Key", detail: expect.any(String) }]);
    expect(await db().checkIn.count({ where: { orgId: world.org.id } })).toBe(0);
  });
});
