import { ANALYSIS_ALERTS_JOB, analysisAlertsHandler } from "../src/services/alerts/analysis-alerts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { runDueJobs, type JobHandlers } from "../src/jobs";
import { createWebhookEndpoint } from "../src/services/webhooks/endpoints";
import { configuredSecretsKey } from "../src/webhooks/config";
import { WEBHOOK_DELIVERY_JOB, webhookDeliveryHandler } from "../src/webhooks/deliver";
import type { WebhookNetwork } from "../src/webhooks/destination";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver";
import { actorOf, testNetwork } from "./support/webhooks";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.stop();
});
beforeEach(async () => {
  receiver.received.length = 0;
  receiver.answer = 200;
  // Each test runs only its own jobs.
  await db().job.deleteMany();
});

const LOCAL = testNetwork(true, { "hooks.example.test": ["127.0.0.1"] });
const STRICT = testNetwork(false, { "hooks.example.test": ["93.184.215.14"] });

function handlers(network: WebhookNetwork, options: { timeoutMs?: number } = {}): JobHandlers {
  // A recorded value also queues its forecast and signal check, which the worker runs beside the deliveries.
  return { [WEBHOOK_DELIVERY_JOB]: webhookDeliveryHandler(db(), { network, secretsKey: configuredSecretsKey(), ...options }), [ANALYSIS_ALERTS_JOB]: analysisAlertsHandler(db()) };
}

/** A world whose own endpoint is replaced by one at the local receiver, registered where private networks are allowed. */
async function worldWithReceiver(label: string, events: ("checkin.recorded" | "kpi.status_changed" | "kpi.created")[] = ["checkin.recorded"], url = receiver.url()) {
  const world = await createOrgWorld(db(), label);
  await db().webhookEndpoint.deleteMany({ where: { orgId: world.org.id } });
  const actor = await actorOf(db(), world.members.admin.sessionId, world.org.slug);
  const { endpoint, secret } = await createWebhookEndpoint(db(), actor, { url, description: "", events }, { network: LOCAL, secretsKey: configuredSecretsKey() });
  return { world, endpointId: endpoint.id, secret, admin: callerFor(db(), world.members.admin.sessionId) };
}

async function deliveryOf(world: OrgWorld) {
  return db().webhookDelivery.findFirstOrThrow({ where: { orgId: world.org.id }, orderBy: { createdAt: "desc" } });
}

async function jobOf(deliveryId: string) {
  return db().job.findUniqueOrThrow({ where: { key: `${WEBHOOK_DELIVERY_JOB}:${deliveryId}` } });
}

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe("webhook delivery", () => {
  it("POSTs the event signed per Standard Webhooks, and the signature verifies with the endpoint's secret", async () => {
    const { world, endpointId, secret, admin } = await worldWithReceiver("dl-signed");
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });

    expect(await runDueJobs(db(), handlers(LOCAL))).toMatchObject({ claimed: 1, done: 1 });

    expect(receiver.received).toHaveLength(1);
    const request = receiver.received[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/hooks");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["webhook-id"]).toMatch(/^msg_/);
    expect(request.headers["webhook-signature"]).toMatch(/^v1,/);
    const verified = new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
    expect(verified).toMatchObject({ type: "webhook.test", data: { endpointId, organization: { id: world.org.id, slug: world.org.slug } } });
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 7).toString("base64")}`).verify(request.body, request.headers as Record<string, string>)).toThrow();

    const delivery = await deliveryOf(world);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, responseStatus: 200, lastError: null, eventId: request.headers["webhook-id"] });
    expect(delivery.deliveredAt).toBeInstanceOf(Date);
    expect(delivery.lastAttemptAt).toEqual(delivery.deliveredAt);
    expect((await jobOf(delivery.id)).status).toBe("done");
  });

  it("delivers a recorded value as checkin.recorded with a valid signature", async () => {
    const { world, secret, admin } = await worldWithReceiver("dl-checkin");
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId: world.kpis.ownedBy.admin, date: "2025-06-03", value: "42.25" });
    await runDueJobs(db(), handlers(LOCAL));
    expect(receiver.received).toHaveLength(1);
    const request = receiver.received[0]!;
    expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toMatchObject({
      type: "checkin.recorded",
      data: { kpi: { id: world.kpis.ownedBy.admin }, checkIn: { periodStart: "2025-06-01", value: "42.25", status: "off_track" } },
    });
  });

  it("connects to the address it checked, sending the host name along", async () => {
    const { world, endpointId, admin } = await worldWithReceiver("dl-pinned", ["kpi.created"], `http://hooks.example.test:${receiver.port}/named`);
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });
    await runDueJobs(db(), handlers(LOCAL));
    expect(receiver.received.map((request) => [request.path, request.headers.host])).toEqual([["/named", `hooks.example.test:${receiver.port}`]]);
  });

  it("retries a 500 answer after growing pauses, recording every attempt, until it is delivered", async () => {
    const { world, endpointId, admin } = await worldWithReceiver("dl-retry");
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });
    receiver.answer = 500;
    const now = new Date();

    expect(await runDueJobs(db(), handlers(LOCAL), now)).toMatchObject({ claimed: 1, retrying: 1 });
    let delivery = await deliveryOf(world);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, lastError: "Answered 500.", deliveredAt: null });
    let job = await jobOf(delivery.id);
    // The first pause is a minute, give or take a fifth.
    expect(job.runAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(48_000);
    expect(job.runAt.getTime() - now.getTime()).toBeLessThanOrEqual(72_000);
    expect((await runDueJobs(db(), handlers(LOCAL), at(now, 47_000))).claimed).toBe(0);

    const second = at(job.runAt, 0);
    expect(await runDueJobs(db(), handlers(LOCAL), second)).toMatchObject({ claimed: 1, retrying: 1 });
    delivery = await deliveryOf(world);
    expect(delivery).toMatchObject({ status: "pending", attempts: 2, responseStatus: 500 });
    job = await jobOf(delivery.id);
    // The second, six minutes.
    expect(job.runAt.getTime() - second.getTime()).toBeGreaterThanOrEqual(288_000);
    expect(job.runAt.getTime() - second.getTime()).toBeLessThanOrEqual(432_000);

    receiver.answer = 204;
    expect(await runDueJobs(db(), handlers(LOCAL), job.runAt)).toMatchObject({ claimed: 1, done: 1 });
    expect(await deliveryOf(world)).toMatchObject({ status: "delivered", attempts: 3, responseStatus: 204, lastError: null });
    expect(receiver.received).toHaveLength(3);
    // Every attempt carries the same webhook-id, so the receiver can tell a retry from a new event.
    expect(new Set(receiver.received.map((request) => request.headers["webhook-id"])).size).toBe(1);
  });

  it("keeps a delivery while the receiver is down, and delivers it once when the receiver is back", async () => {
    const down = await startWebhookReceiver();
    const { world, endpointId, admin } = await worldWithReceiver("dl-down", ["checkin.recorded"], down.url());
    await down.stop();
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });
    const now = new Date();

    expect(await runDueJobs(db(), handlers(LOCAL), now)).toMatchObject({ claimed: 1, retrying: 1 });
    const waiting = await deliveryOf(world);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, responseStatus: null, deliveredAt: null });
    expect(waiting.lastError).toBeTruthy();
    const job = await jobOf(waiting.id);
    expect(job).toMatchObject({ status: "pending", attempts: 1 });

    const back = await startWebhookReceiver(down.port);
    try {
      expect(await runDueJobs(db(), handlers(LOCAL), job.runAt)).toMatchObject({ claimed: 1, done: 1 });
      expect(await deliveryOf(world)).toMatchObject({ status: "delivered", attempts: 2, responseStatus: 200, lastError: null });
      expect(back.received).toHaveLength(1);
      // Delivered once: nothing is left to send, however late it is.
      expect((await runDueJobs(db(), handlers(LOCAL), at(job.runAt, 7 * 24 * 3_600_000))).claimed).toBe(0);
      expect(back.received).toHaveLength(1);
    } finally {
      await back.stop();
    }
  });

  it("marks a delivery failed after its six attempts, spread over about a day", async () => {
    const { world, endpointId, admin } = await worldWithReceiver("dl-give-up");
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });
    receiver.answer = 503;
    const started = new Date();
    let now = started;
    let lastAttempt = started;
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const report = await runDueJobs(db(), handlers(LOCAL), now, { random: () => 0.5 });
      expect(report).toMatchObject({ claimed: 1, [attempt < 6 ? "retrying" : "failed"]: 1 });
      lastAttempt = now;
      now = (await jobOf((await deliveryOf(world)).id)).runAt;
    }
    const delivery = await deliveryOf(world);
    expect(delivery).toMatchObject({ status: "failed", attempts: 6, responseStatus: 503, lastError: "Answered 503." });
    const job = await jobOf(delivery.id);
    expect(job.status).toBe("failed");
    // 1 + 6 + 36 minutes + 3.6 + 21.6 hours between the first attempt and the last.
    expect(lastAttempt.getTime() - started.getTime()).toBe((1 + 6 + 36 + 216 + 1296) * 60_000);
    expect(receiver.received).toHaveLength(6);
  });

  it("does not follow a redirect", async () => {
    const { world, endpointId, admin } = await worldWithReceiver("dl-redirect");
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });
    receiver.answer = { status: 307, headers: { location: receiver.url("/elsewhere") } };
    await runDueJobs(db(), handlers(LOCAL));
    expect(receiver.received.map((request) => request.path)).toEqual(["/hooks"]);
    expect(await deliveryOf(world)).toMatchObject({ status: "pending", responseStatus: 307, lastError: "Answered 307: redirects are not followed." });
  });

  it("gives up on an attempt that gets no answer within the time limit", async () => {
    const { world, endpointId, admin } = await worldWithReceiver("dl-timeout");
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });
    receiver.answer = "hang";
    const started = Date.now();
    expect(await runDueJobs(db(), handlers(LOCAL, { timeoutMs: 300 }))).toMatchObject({ retrying: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await deliveryOf(world)).toMatchObject({ status: "pending", attempts: 1, responseStatus: null, lastError: "No answer within 0.3 seconds." });
  });

  it("refuses to send to a private address unless private networks are allowed, checking again at every delivery", async () => {
    const { world, endpointId, admin } = await worldWithReceiver("dl-private");
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });
    expect(await runDueJobs(db(), handlers(STRICT))).toMatchObject({ retrying: 1 });
    expect(receiver.received).toEqual([]);
    const delivery = await deliveryOf(world);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, responseStatus: null });
    // Plain http is the first thing a server without the setting refuses.
    expect(delivery.lastError).toContain("https://");
  });

  it("refuses a host name that resolved to a public address when registered and to a private one when sent", async () => {
    const world = await createOrgWorld(db(), "dl-rebind");
    await db().webhookEndpoint.deleteMany({ where: { orgId: world.org.id } });
    const actor = await actorOf(db(), world.members.admin.sessionId, world.org.slug);
    const url = `https://hooks.example.test:${receiver.port}/hooks`;
    const { endpoint } = await createWebhookEndpoint(db(), actor, { url, description: "", events: ["kpi.created"] }, { network: STRICT, secretsKey: configuredSecretsKey() });
    await callerFor(db(), world.members.admin.sessionId).webhook.sendTest({ orgSlug: world.org.slug, endpointId: endpoint.id });

    const rebound = testNetwork(false, { "hooks.example.test": ["127.0.0.1"] });
    await runDueJobs(db(), handlers(rebound));
    expect(receiver.received).toEqual([]);
    expect((await deliveryOf(world)).lastError).toBe("hooks.example.test (127.0.0.1) points to this server itself (loopback). Events are only sent to public internet addresses.");
  });

  it("signs with the new secret once it was replaced", async () => {
    const { world, endpointId, secret, admin } = await worldWithReceiver("dl-rotated");
    const { secret: replaced } = await admin.webhook.rotateSecret({ orgSlug: world.org.slug, endpointId });
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });
    await runDueJobs(db(), handlers(LOCAL));
    const request = receiver.received[0]!;
    expect(new Webhook(replaced).verify(request.body, request.headers as Record<string, string>)).toMatchObject({ type: "webhook.test" });
    expect(() => new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toThrow();
  });

  it("sends nothing once the endpoint is turned off or removed", async () => {
    const { world, endpointId, admin } = await worldWithReceiver("dl-off", ["checkin.recorded"]);
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId: world.kpis.ownedBy.admin, date: "2025-03-15", value: "87.5" });
    await admin.webhook.update({ orgSlug: world.org.slug, endpointId, url: receiver.url(), events: ["checkin.recorded"], enabled: false });
    // The delivery and the value's forecast check.
    expect(await runDueJobs(db(), handlers(LOCAL))).toMatchObject({ claimed: 2, done: 2 });
    expect(await deliveryOf(world)).toMatchObject({ status: "failed", lastError: "Not sent: the endpoint was turned off." });

    await admin.webhook.update({ orgSlug: world.org.slug, endpointId, url: receiver.url(), events: ["checkin.recorded"], enabled: true });
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId: world.kpis.ownedBy.admin, date: "2025-04-15", value: "90" });
    await admin.webhook.delete({ orgSlug: world.org.slug, endpointId });
    expect(await runDueJobs(db(), handlers(LOCAL))).toMatchObject({ claimed: 2, done: 2 });
    expect(receiver.received).toEqual([]);
  });

  it("marks a delivery failed at once when its secret cannot be opened", async () => {
    const { world, endpointId, admin } = await worldWithReceiver("dl-sealed");
    await db().webhookEndpoint.update({ where: { orgId_id: { orgId: world.org.id, id: endpointId } }, data: { secretCiphertext: "v1.AAAA.AAAA.AAAA" } });
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId });
    expect(await runDueJobs(db(), handlers(LOCAL))).toMatchObject({ failed: 1 });
    expect(receiver.received).toEqual([]);
    expect((await deliveryOf(world)).lastError).toContain("Replace the secret");
  });
});
