import { describe, expect, it } from "vitest";
import { purgeExpiredData } from "../src/purge";
import { useTestDatabase } from "./support/database";
import { createUserWithSession } from "./support/world";

const db = useTestDatabase();
const DAY = 24 * 60 * 60 * 1000;

describe("purgeExpiredData: background work", () => {
  it("deletes jobs a week after they ran and a month after they failed, and the delivery log after a month", async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const job = (key: string, status: "pending" | "running" | "done" | "failed", finishedAt: Date | null) => ({ kind: "test.purge", key, payload: {}, status, finishedAt, createdAt: ago(60 * DAY) });
    await db().job.createMany({
      data: [
        job("done-old", "done", ago(8 * DAY)),
        job("done-recent", "done", ago(6 * DAY)),
        job("failed-old", "failed", ago(31 * DAY)),
        job("failed-recent", "failed", ago(29 * DAY)),
        job("pending-old", "pending", null),
        job("running-old", "running", null),
      ],
    });

    const user = await createUserWithSession(db(), "purge-jobs");
    const org = await db().organization.create({ data: { name: "Purge Jobs", slug: `purge-jobs-${Date.now()}` }, select: { id: true } });
    const membership = await db().membership.create({ data: { orgId: org.id, userId: user.userId, role: "admin" }, select: { id: true } });
    const endpoint = await db().webhookEndpoint.create({
      data: { orgId: org.id, url: "https://hooks.example.com/in", events: ["kpi.created"], secretCiphertext: "x", createdByMembershipId: membership.id },
      select: { id: true },
    });
    const delivery = (eventId: string, status: "pending" | "delivered" | "failed", createdAt: Date) => ({
      orgId: org.id, endpointId: endpoint.id, eventId, eventType: "kpi.created", payload: {}, status, createdAt,
    });
    await db().webhookDelivery.createMany({
      data: [
        delivery("delivered-old", "delivered", ago(31 * DAY)),
        delivery("failed-old", "failed", ago(31 * DAY)),
        delivery("pending-old", "pending", ago(31 * DAY)),
        delivery("delivered-recent", "delivered", ago(29 * DAY)),
      ],
    });

    const report = await purgeExpiredData(db(), now);

    expect(report).toMatchObject({ jobs: 2, webhookDeliveries: 2 });
    expect((await db().job.findMany({ select: { key: true } })).map((row) => row.key).sort()).toEqual(["done-recent", "failed-recent", "pending-old", "running-old"]);
    expect((await db().webhookDelivery.findMany({ where: { orgId: org.id }, select: { eventId: true } })).map((row) => row.eventId).sort()).toEqual([
      "delivered-recent",
      "pending-old",
    ]);
    expect(await purgeExpiredData(db(), now)).toMatchObject({ jobs: 0, webhookDeliveries: 0 });
  });
});
