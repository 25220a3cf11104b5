import { randomBytes } from "node:crypto";
import type { Prisma } from "@tally/db";
import type { WebhookEventType, WebhookPayload } from "@tally/domain";
import { nudgeJobWorker } from "../../jobs";
import { WEBHOOK_DELIVERY_JOB, WEBHOOK_MAX_ATTEMPTS } from "../../webhooks/deliver";

type Tx = Pick<Prisma.TransactionClient, "webhookEndpoint" | "$executeRaw">;

/** The webhook-id of an event: the same for every endpoint and every retry, so receivers can drop repeats. */
export function newEventId(): string {
  return `msg_${randomBytes(16).toString("base64url")}`;
}

/**
 * Which of `types` some enabled endpoint of the organization listens to: one small query, so that a change in
 * an organization without webhooks costs no more than that, and events nobody wants are never built.
 */
export async function subscribedEventTypes(tx: Tx, orgId: string, types: readonly WebhookEventType[]): Promise<Set<WebhookEventType>> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { orgId, enabled: true, events: { hasSome: [...types] } },
    select: { events: true },
  });
  return new Set(endpoints.flatMap((endpoint) => endpoint.events).filter((type): type is WebhookEventType => types.includes(type as WebhookEventType)));
}

/**
 * Queues events inside the caller's transaction: for every enabled endpoint of the organization that listens to
 * an event's type, a delivery row (the log entry) and a job that sends it — both in one INSERT … SELECT, so a
 * large batch costs one statement and an event is sent only if the change that caused it commits. With
 * `endpointId`, the events go to that endpoint alone, whatever it listens to (a test event).
 */
export async function queueWebhookEvents(tx: Tx, orgId: string, payloads: readonly WebhookPayload[], target: { endpointId?: string } = {}): Promise<number> {
  if (!payloads.length) return 0;
  const events = JSON.stringify(payloads.map((payload) => ({ eventId: newEventId(), type: payload.type, payload })));
  const endpointId = target.endpointId ?? null;
  const queued = await tx.$executeRaw`
    WITH events AS (
      SELECT e."eventId", e."type", e."payload"
        FROM jsonb_to_recordset(${events}::jsonb) AS e("eventId" text, "type" text, "payload" jsonb)
    ), deliveries AS (
      INSERT INTO "WebhookDelivery" ("orgId", "id", "endpointId", "eventId", "eventType", "payload", "createdAt")
      SELECT ep."orgId", gen_random_uuid()::text, ep."id", e."eventId", e."type", e."payload", (now() AT TIME ZONE 'UTC')
        FROM "WebhookEndpoint" ep
        JOIN events e ON (${endpointId}::text IS NOT NULL OR (ep."enabled" AND e."type" = ANY (ep."events")))
       WHERE ep."orgId" = ${orgId} AND (${endpointId}::text IS NULL OR ep."id" = ${endpointId}::text)
      ON CONFLICT DO NOTHING
      RETURNING "orgId", "id"
    )
    INSERT INTO "Job" ("id", "orgId", "kind", "key", "payload", "maxAttempts", "runAt", "createdAt")
    SELECT gen_random_uuid()::text, d."orgId", ${WEBHOOK_DELIVERY_JOB}, ${WEBHOOK_DELIVERY_JOB} || ':' || d."id",
           jsonb_build_object('deliveryId', d."id"), ${WEBHOOK_MAX_ATTEMPTS}::int, (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
      FROM deliveries d
    ON CONFLICT ("key") DO NOTHING`;
  if (queued > 0) nudgeJobWorker();
  return queued;
}
