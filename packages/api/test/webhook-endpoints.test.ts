import { describe, expect, it } from "vitest";
import { MAX_WEBHOOK_ENDPOINTS, WEBHOOK_DELIVERY_PAGE_SIZE } from "@tally/domain";
import { describeError } from "../src/trpc/error-shape";
import { createWebhookEndpoint, updateWebhookEndpoint } from "../src/services/webhooks/endpoints";
import { configuredSecretsKey } from "../src/webhooks/config";
import { openSecret } from "../src/webhooks/secrets";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { actorOf, testNetwork } from "./support/webhooks";
import { WORLD_WEBHOOK_URL } from "./support/webhook-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();
const PUBLIC_URL = "https://93.184.215.14/tally";

function adminOf(world: OrgWorld) {
  return callerFor(db(), world.members.admin.sessionId);
}

async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    const described = describeError(error);
    return { code: described.code, message: described.message, fields: described.fieldErrors ?? {} };
  }
  throw new Error("The call was not refused.");
}

describe("webhook.create", () => {
  it("registers an endpoint and shows its signing secret this once, kept only encrypted", async () => {
    const world = await createOrgWorld(db(), "wh-create");
    const created = await adminOf(world).webhook.create({
      orgSlug: world.org.slug,
      url: ` ${PUBLIC_URL} `,
      description: "Data warehouse",
      events: ["kpi.archived", "checkin.recorded"],
    });

    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.endpoint).toMatchObject({ url: PUBLIC_URL, description: "Data warehouse", events: ["checkin.recorded", "kpi.archived"], enabled: true, lastDelivery: null });
    expect(JSON.stringify(created.endpoint)).not.toContain("secret");
    const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: created.endpoint.id } } });
    expect(row.secretCiphertext).not.toContain(created.secret.slice(6));
    expect(openSecret(row.secretCiphertext, configuredSecretsKey(), world.org.id)).toBe(created.secret);
    expect(row.createdByMembershipId).toBe(world.members.admin.membershipId);

    const listed = await adminOf(world).webhook.list({ orgSlug: world.org.slug });
    expect(listed.endpoints.map((endpoint) => endpoint.url)).toEqual([WORLD_WEBHOOK_URL, PUBLIC_URL]);
    expect(JSON.stringify(listed)).not.toContain(created.secret.slice(6));
    expect(JSON.stringify(listed)).not.toContain("secretCiphertext");
    expect(listed.allowPrivateNetworks).toBe(false);

    const audit = await db().auditEvent.findFirstOrThrow({ where: { orgId: world.org.id, action: "webhook.created" } });
    expect(audit).toMatchObject({ targetId: created.endpoint.id, after: { url: PUBLIC_URL, events: ["checkin.recorded", "kpi.archived"] } });
    expect(JSON.stringify(audit)).not.toContain(created.secret.slice(6));
  });

  it.each([
    ["https://127.0.0.1/hooks", "this server itself (loopback) (127.0.0.1)"],
    ["https://10.1.2.3/hooks", "a private network (10.1.2.3)"],
    ["https://169.254.169.254/latest/meta-data", "a link-local address"],
    ["https://[::1]:8443/hooks", "loopback"],
    ["https://[fd00::5]/hooks", "unique local"],
    ["https://[::ffff:192.168.0.10]/hooks", "a private network"],
    ["https://100.64.1.1/hooks", "carrier-grade NAT"],
    ["https://0.0.0.0/hooks", "an unspecified address"],
  ])("refuses %s beside the URL field", async (url, reason) => {
    const world = await createOrgWorld(db(), "wh-private");
    const refused = await refusal(adminOf(world).webhook.create({ orgSlug: world.org.slug, url, events: ["kpi.created"] }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fields.url?.[0]).toContain(reason);
    expect(refused.fields.url?.[0]).toContain("Events are only sent to public internet addresses.");
    expect(await db().webhookEndpoint.count({ where: { orgId: world.org.id } })).toBe(1);
  });

  it("refuses plain http, credentials in the address and an empty event list, each beside its field", async () => {
    const world = await createOrgWorld(db(), "wh-bad");
    const admin = adminOf(world);
    expect((await refusal(admin.webhook.create({ orgSlug: world.org.slug, url: "http://93.184.215.14/in", events: ["kpi.created"] }))).fields.url?.[0]).toContain("https://");
    expect((await refusal(admin.webhook.create({ orgSlug: world.org.slug, url: "https://me:pw@93.184.215.14/in", events: ["kpi.created"] }))).fields.url?.[0]).toContain(
      "user name and password",
    );
    expect((await refusal(admin.webhook.create({ orgSlug: world.org.slug, url: PUBLIC_URL, events: [] }))).fields.events?.[0]).toBe("Choose at least one event.");
    expect(
      Object.keys((await refusal(admin.webhook.create({ orgSlug: world.org.slug, url: PUBLIC_URL, events: ["kpi.deleted" as "kpi.created"] }))).fields),
    ).toEqual(["events.0"]);
    expect(await db().webhookEndpoint.count({ where: { orgId: world.org.id } })).toBe(1);
  });

  it("resolves a host name and refuses it when any of its addresses is private, unless private networks are allowed", async () => {
    const world = await createOrgWorld(db(), "wh-dns");
    const actor = await actorOf(db(), world.members.admin.sessionId, world.org.slug);
    const hosts = { "hooks.example.test": ["93.184.215.14"], "internal.example.test": ["93.184.215.14", "10.0.0.8"], localhost: ["127.0.0.1"] };
    const strict = { network: testNetwork(false, hosts), secretsKey: configuredSecretsKey() };
    const lenient = { network: testNetwork(true, hosts), secretsKey: configuredSecretsKey() };
    const input = (url: string) => ({ url, description: "", events: ["kpi.created" as const] });

    await expect(createWebhookEndpoint(db(), actor, input("https://hooks.example.test/in"), strict)).resolves.toMatchObject({ endpoint: { url: "https://hooks.example.test/in" } });
    const mixed = await refusal(createWebhookEndpoint(db(), actor, input("https://internal.example.test/in"), strict));
    expect(mixed.fields.url).toEqual(["internal.example.test (10.0.0.8) points to a private network. Events are only sent to public internet addresses."]);
    expect((await refusal(createWebhookEndpoint(db(), actor, input("https://unknown.example.test/in"), strict))).fields.url?.[0]).toContain("could not be found");
    expect((await refusal(createWebhookEndpoint(db(), actor, input("http://localhost:4000/in"), strict))).fields.url?.[0]).toContain("https://");

    await expect(createWebhookEndpoint(db(), actor, input("http://localhost:4000/in"), lenient)).resolves.toMatchObject({ endpoint: { url: "http://localhost:4000/in" } });
    await expect(createWebhookEndpoint(db(), actor, input("https://internal.example.test/in"), lenient)).resolves.toBeTruthy();
  });

  it(`stops at ${MAX_WEBHOOK_ENDPOINTS} endpoints`, async () => {
    const world = await createOrgWorld(db(), "wh-limit");
    const admin = adminOf(world);
    for (let index = 1; index < MAX_WEBHOOK_ENDPOINTS; index += 1) {
      await admin.webhook.create({ orgSlug: world.org.slug, url: `${PUBLIC_URL}/${index}`, events: ["kpi.created"] });
    }
    const refused = await refusal(admin.webhook.create({ orgSlug: world.org.slug, url: `${PUBLIC_URL}/one-too-many`, events: ["kpi.created"] }));
    expect(refused.fields.url?.[0]).toContain(`at most ${MAX_WEBHOOK_ENDPOINTS} endpoints`);
    expect(await db().webhookEndpoint.count({ where: { orgId: world.org.id } })).toBe(MAX_WEBHOOK_ENDPOINTS);
  });
});

describe("webhook.update, delete and rotateSecret", () => {
  it("changes the address, note, events and switch, and records what changed", async () => {
    const world = await createOrgWorld(db(), "wh-update");
    const updated = await adminOf(world).webhook.update({
      orgSlug: world.org.slug,
      endpointId: world.webhooks.endpointId,
      url: PUBLIC_URL,
      description: "Warehouse",
      events: ["kpi.updated"],
      enabled: false,
    });
    expect(updated).toMatchObject({ id: world.webhooks.endpointId, url: PUBLIC_URL, description: "Warehouse", events: ["kpi.updated"], enabled: false });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { orgId: world.org.id, action: "webhook.updated" } });
    expect(audit.before).toMatchObject({ url: WORLD_WEBHOOK_URL, enabled: true });
    expect(audit.after).toMatchObject({ url: PUBLIC_URL, enabled: false, events: ["kpi.updated"] });
  });

  it("checks a new address again, and only a new one", async () => {
    const world = await createOrgWorld(db(), "wh-update-dns");
    const actor = await actorOf(db(), world.members.admin.sessionId, world.org.slug);
    const refused = await refusal(
      adminOf(world).webhook.update({ orgSlug: world.org.slug, endpointId: world.webhooks.endpointId, url: "https://192.168.1.20/in", events: ["kpi.created"], enabled: true }),
    );
    expect(refused.fields.url?.[0]).toContain("a private network");
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: world.webhooks.endpointId } } })).url).toBe(WORLD_WEBHOOK_URL);

    // The same address is not looked up again: a lookup that would fail does not stop a change of events.
    let lookups = 0;
    const counting = { network: { allowPrivateNetworks: false, resolve: async () => (lookups += 1, []) } };
    const sameUrl = { endpointId: world.webhooks.endpointId, url: WORLD_WEBHOOK_URL, description: "", events: ["kpi.archived" as const], enabled: true };
    await expect(updateWebhookEndpoint(db(), actor, sameUrl, counting)).resolves.toMatchObject({ events: ["kpi.archived"] });
    expect(lookups).toBe(0);
  });

  it("deletes an endpoint with its delivery log", async () => {
    const world = await createOrgWorld(db(), "wh-delete");
    const admin = adminOf(world);
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId: world.webhooks.endpointId });
    expect(await db().webhookDelivery.count({ where: { orgId: world.org.id } })).toBe(1);
    await admin.webhook.delete({ orgSlug: world.org.slug, endpointId: world.webhooks.endpointId });
    expect(await db().webhookEndpoint.count({ where: { orgId: world.org.id } })).toBe(0);
    expect(await db().webhookDelivery.count({ where: { orgId: world.org.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { orgId: world.org.id, action: "webhook.deleted", targetId: world.webhooks.endpointId } })).toBe(1);
    expect((await refusal(admin.webhook.delete({ orgSlug: world.org.slug, endpointId: world.webhooks.endpointId }))).code).toBe("NOT_FOUND");
  });

  it("replaces the signing secret and shows the new one once", async () => {
    const world = await createOrgWorld(db(), "wh-rotate");
    const before = await db().webhookEndpoint.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: world.webhooks.endpointId } } });
    const rotated = await adminOf(world).webhook.rotateSecret({ orgSlug: world.org.slug, endpointId: world.webhooks.endpointId });
    const after = await db().webhookEndpoint.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: world.webhooks.endpointId } } });
    expect(openSecret(after.secretCiphertext, configuredSecretsKey(), world.org.id)).toBe(rotated.secret);
    expect(openSecret(before.secretCiphertext, configuredSecretsKey(), world.org.id)).not.toBe(rotated.secret);
    expect(await db().auditEvent.count({ where: { orgId: world.org.id, action: "webhook.secret_rotated" } })).toBe(1);
  });

  it("answers NOT_FOUND for another organization's endpoint and changes nothing of it", async () => {
    const world = await createOrgWorld(db(), "wh-mine");
    const other = await createOrgWorld(db(), "wh-theirs");
    const admin = adminOf(world);
    const theirs = { orgSlug: world.org.slug, endpointId: other.webhooks.endpointId };
    for (const call of [
      () => admin.webhook.update({ ...theirs, url: PUBLIC_URL, events: ["kpi.created"], enabled: false }),
      () => admin.webhook.delete(theirs),
      () => admin.webhook.rotateSecret(theirs),
      () => admin.webhook.sendTest(theirs),
      () => admin.webhook.deliveries(theirs),
    ]) {
      expect((await refusal(call())).code).toBe("NOT_FOUND");
    }
    const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { orgId_id: { orgId: other.org.id, id: other.webhooks.endpointId } } });
    expect(row).toMatchObject({ url: WORLD_WEBHOOK_URL, enabled: true });
    expect(await db().webhookDelivery.count({ where: { orgId: other.org.id } })).toBe(0);
  });
});

describe("webhook.sendTest and webhook.deliveries", () => {
  it("queues a test event to that endpoint alone, and lists the log newest first, a page at a time", async () => {
    const world = await createOrgWorld(db(), "wh-log");
    const admin = adminOf(world);
    const second = await admin.webhook.create({ orgSlug: world.org.slug, url: PUBLIC_URL, events: ["kpi.created"] });
    const ref = { orgSlug: world.org.slug, endpointId: world.webhooks.endpointId };
    const total = WEBHOOK_DELIVERY_PAGE_SIZE + 3;
    for (let index = 0; index < total; index += 1) await admin.webhook.sendTest(ref);

    const first = await admin.webhook.deliveries(ref);
    expect(first).toMatchObject({ page: 1, pageSize: WEBHOOK_DELIVERY_PAGE_SIZE, total });
    expect(first.deliveries).toHaveLength(WEBHOOK_DELIVERY_PAGE_SIZE);
    const newest = first.deliveries[0]!;
    expect(newest).toMatchObject({ eventType: "webhook.test", status: "pending", attempts: 0, responseStatus: null, lastError: null });
    expect(newest.payload).toMatchObject({ type: "webhook.test", data: { endpointId: world.webhooks.endpointId, organization: { id: world.org.id, slug: world.org.slug } } });
    expect(newest.nextAttemptAt).toBeInstanceOf(Date);
    const times = first.deliveries.map((delivery) => delivery.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const rest = await admin.webhook.deliveries({ ...ref, page: 2 });
    expect(rest.deliveries).toHaveLength(3);
    expect(new Set([...first.deliveries, ...rest.deliveries].map((delivery) => delivery.id)).size).toBe(total);

    expect((await admin.webhook.deliveries({ orgSlug: world.org.slug, endpointId: second.endpoint.id })).total).toBe(0);
    expect(await db().job.count({ where: { orgId: world.org.id, kind: "webhook.deliver" } })).toBe(total);
    expect(await db().auditEvent.count({ where: { orgId: world.org.id, action: "webhook.test_sent" } })).toBe(total);
  });

  it("sends a test event to an endpoint that is turned off, which receives no other event", async () => {
    const world = await createOrgWorld(db(), "wh-test-off");
    const admin = adminOf(world);
    await admin.webhook.update({ orgSlug: world.org.slug, endpointId: world.webhooks.endpointId, url: WORLD_WEBHOOK_URL, events: ["kpi.created"], enabled: false });
    await admin.webhook.sendTest({ orgSlug: world.org.slug, endpointId: world.webhooks.endpointId });
    expect((await admin.webhook.deliveries({ orgSlug: world.org.slug, endpointId: world.webhooks.endpointId })).deliveries.map((d) => d.eventType)).toEqual(["webhook.test"]);
  });
});
