import type { Prisma, PrismaClient } from "@tally/db";
import { MAX_WEBHOOK_ENDPOINTS, webhookTestPayload, type UpdateWebhookEndpointInput, type WebhookEndpointInput } from "@tally/domain";
import type { OrgActor } from "../actor";
import { recordAudit } from "../audit";
import { fieldError, notFound } from "../errors";
import { configuredSecretsKey, configuredWebhookNetwork } from "../../webhooks/config";
import { resolveDestination, WebhookAddressError, type WebhookNetwork } from "../../webhooks/destination";
import { newSigningSecret, sealSecret } from "../../webhooks/secrets";
import { queueWebhookEvents } from "./queue";

/** What services need to reach endpoints: the network rules and the key for signing secrets. */
export interface WebhookSettings {
  network: WebhookNetwork;
  secretsKey: Buffer;
}

export function configuredWebhookSettings(): WebhookSettings {
  return { network: configuredWebhookNetwork(), secretsKey: configuredSecretsKey() };
}

const endpointSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { user: { select: { name: true } } } },
  deliveries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { status: true, attempts: true, createdAt: true, responseStatus: true } },
} satisfies Prisma.WebhookEndpointSelect;

type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>;

function endpointView(row: EndpointRow) {
  const { createdBy, deliveries, ...endpoint } = row;
  return { ...endpoint, createdByName: createdBy.user.name, lastDelivery: deliveries[0] ?? null };
}

/** The organization's endpoints, oldest first, each with its latest delivery; and whether private addresses are allowed. */
export async function listWebhookEndpoints(db: PrismaClient, actor: OrgActor, settings: Pick<WebhookSettings, "network"> = { network: configuredWebhookNetwork() }) {
  const rows = await db.webhookEndpoint.findMany({ where: { orgId: actor.orgId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: endpointSelect });
  return { endpoints: rows.map(endpointView), allowPrivateNetworks: settings.network.allowPrivateNetworks };
}

/** The address checked as a delivery will check it; a refusal belongs beside the URL field. */
async function assertReachable(url: string, network: WebhookNetwork): Promise<void> {
  try {
    await resolveDestination(url, network);
  } catch (error) {
    if (error instanceof WebhookAddressError) throw fieldError("url", error.message);
    throw error;
  }
}

async function findEndpoint(db: Pick<PrismaClient, "webhookEndpoint">, orgId: string, endpointId: string) {
  const endpoint = await db.webhookEndpoint.findUnique({
    where: { orgId_id: { orgId, id: endpointId } },
    select: { id: true, url: true, description: true, events: true, enabled: true },
  });
  if (!endpoint) throw notFound("This webhook endpoint");
  return endpoint;
}

/**
 * Registers an endpoint. Its address must resolve to public addresses only (unless the server allows private
 * networks). Answers with the signing secret — the only time it is shown; it is kept encrypted, for signing.
 */
export async function createWebhookEndpoint(db: PrismaClient, actor: OrgActor, input: WebhookEndpointInput, settings: WebhookSettings = configuredWebhookSettings()) {
  await assertReachable(input.url, settings.network);
  const secret = newSigningSecret();
  const endpoint = await db.$transaction(async (tx) => {
    // One at a time per organization, so two admins adding at once cannot pass the limit together.
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${actor.orgId} FOR UPDATE`;
    if ((await tx.webhookEndpoint.count({ where: { orgId: actor.orgId } })) >= MAX_WEBHOOK_ENDPOINTS) {
      throw fieldError("url", `An organization can have at most ${MAX_WEBHOOK_ENDPOINTS} endpoints. Remove one you no longer use first.`);
    }
    const created = await tx.webhookEndpoint.create({
      data: {
        orgId: actor.orgId,
        url: input.url,
        description: input.description,
        events: [...input.events],
        secretCiphertext: sealSecret(secret, settings.secretsKey, actor.orgId),
        createdByMembershipId: actor.membershipId,
      },
      select: endpointSelect,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "webhook.created",
      targetType: "webhook_endpoint",
      targetId: created.id,
      after: { url: input.url, events: [...input.events] },
    });
    return created;
  });
  return { endpoint: endpointView(endpoint), secret };
}

/** Changes an endpoint's address, note, events or whether it is on; a new address is checked like a new endpoint's. */
export async function updateWebhookEndpoint(db: PrismaClient, actor: OrgActor, input: UpdateWebhookEndpointInput, settings: Pick<WebhookSettings, "network"> = { network: configuredWebhookNetwork() }) {
  const current = await findEndpoint(db, actor.orgId, input.endpointId);
  if (input.url !== current.url) await assertReachable(input.url, settings.network);
  return db.$transaction(async (tx) => {
    // Removed meanwhile by another admin: not found, as for any endpoint that is gone.
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { orgId: actor.orgId, id: input.endpointId },
      data: { url: input.url, description: input.description, events: [...input.events], enabled: input.enabled },
    });
    if (!count) throw notFound("This webhook endpoint");
    const updated = await tx.webhookEndpoint.findUniqueOrThrow({ where: { orgId_id: { orgId: actor.orgId, id: input.endpointId } }, select: endpointSelect });
    const before = { url: current.url, description: current.description, events: current.events, enabled: current.enabled };
    const after = { url: input.url, description: input.description, events: [...input.events], enabled: input.enabled };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    if (changed.length) {
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: "webhook.updated",
        targetType: "webhook_endpoint",
        targetId: input.endpointId,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
    }
    return endpointView(updated);
  });
}

/** Removes an endpoint with its delivery log; deliveries still queued for it are dropped. */
export async function deleteWebhookEndpoint(db: PrismaClient, actor: OrgActor, endpointId: string) {
  const endpoint = await findEndpoint(db, actor.orgId, endpointId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { orgId: actor.orgId, id: endpointId } });
    if (!count) throw notFound("This webhook endpoint");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "webhook.deleted",
      targetType: "webhook_endpoint",
      targetId: endpointId,
      before: { url: endpoint.url, events: endpoint.events },
    });
  });
  return { id: endpointId };
}

/** Replaces an endpoint's signing secret and answers with the new one, shown this once. */
export async function rotateWebhookSecret(db: PrismaClient, actor: OrgActor, endpointId: string, settings: Pick<WebhookSettings, "secretsKey"> = { secretsKey: configuredSecretsKey() }) {
  await findEndpoint(db, actor.orgId, endpointId);
  const secret = newSigningSecret();
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { orgId: actor.orgId, id: endpointId },
      data: { secretCiphertext: sealSecret(secret, settings.secretsKey, actor.orgId) },
    });
    if (!count) throw notFound("This webhook endpoint");
    await recordAudit(tx, { orgId: actor.orgId, actorUserId: actor.userId, action: "webhook.secret_rotated", targetType: "webhook_endpoint", targetId: endpointId });
  });
  return { id: endpointId, secret };
}

/** Queues a `webhook.test` event to one endpoint, whatever events it listens to and even when it is off. */
export async function sendTestWebhook(db: PrismaClient, actor: OrgActor, endpointId: string) {
  await findEndpoint(db, actor.orgId, endpointId);
  return db.$transaction(async (tx) => {
    const queued = await queueWebhookEvents(tx, actor.orgId, [webhookTestPayload({ id: actor.orgId, slug: actor.orgSlug }, endpointId, new Date())], { endpointId });
    await recordAudit(tx, { orgId: actor.orgId, actorUserId: actor.userId, action: "webhook.test_sent", targetType: "webhook_endpoint", targetId: endpointId });
    return { queued };
  });
}
