import type { PrismaClient } from "@tally/db";
import { Webhook } from "standardwebhooks";
import { WEBHOOK_TEST_EVENT } from "@tally/domain";
import { PermanentJobError, type BackoffPolicy, type ClaimedJob, type JobHandler } from "../jobs";
import { resolveDestination, type WebhookNetwork } from "./destination";
import { postToDestination, type PostOptions } from "./post";
import { openSecret, SealedSecretError } from "./secrets";

export const WEBHOOK_DELIVERY_JOB = "webhook.deliver";
/** One attempt now and five retries, spread over about a day: 1 min, 6 min, 36 min, 3.6 h, 21.6 h (±20 %). */
export const WEBHOOK_MAX_ATTEMPTS = 6;
export const WEBHOOK_BACKOFF: BackoffPolicy = { firstMs: 60_000, factor: 6, maxMs: 24 * 60 * 60_000, jitter: 0.2 };
const USER_AGENT = "Tally-Webhooks/1.0";
const ERROR_LENGTH = 500;

export interface WebhookDeliveryOptions extends PostOptions {
  network: WebhookNetwork;
  /** The key that opens endpoints' signing secrets (see secretsKeyFrom). */
  secretsKey: Buffer;
  now?: () => Date;
}

interface DeliveryJobPayload {
  deliveryId: string;
}

function deliveryIdOf(job: ClaimedJob): string | null {
  const payload = job.payload as Partial<DeliveryJobPayload> | null;
  return typeof payload?.deliveryId === "string" ? payload.deliveryId : null;
}

/** Why an attempt failed, in words for the delivery log. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const text = typeof code === "string" && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  return text.slice(0, ERROR_LENGTH);
}

/**
 * Sends one queued delivery: signs its payload per Standard Webhooks with the endpoint's secret, checks the
 * endpoint's address again, POSTs it and records the attempt on the delivery (status, answer, error, time,
 * attempts). A 2xx answer delivers it; anything else is thrown, so the job runner tries again after a pause
 * until the attempts run out, and the last attempt marks the delivery failed.
 */
export function webhookDeliveryHandler(db: PrismaClient, options: WebhookDeliveryOptions): JobHandler {
  const now = options.now ?? (() => new Date());

  async function record(orgId: string, deliveryId: string, data: Parameters<PrismaClient["webhookDelivery"]["updateMany"]>[0]["data"]) {
    await db.webhookDelivery.updateMany({ where: { orgId, id: deliveryId, status: "pending" }, data });
  }

  return {
    backoff: WEBHOOK_BACKOFF,

    async run(job) {
      const deliveryId = deliveryIdOf(job);
      if (!job.orgId || !deliveryId) return;
      const delivery = await db.webhookDelivery.findUnique({
        where: { orgId_id: { orgId: job.orgId, id: deliveryId } },
        select: { id: true, orgId: true, eventId: true, eventType: true, payload: true, status: true, endpoint: { select: { url: true, enabled: true, secretCiphertext: true } } },
      });
      // Its endpoint was removed (and the log with it), or another run already settled it.
      if (!delivery || delivery.status !== "pending") return;
      const attemptedAt = now();
      const last = job.attempts >= job.maxAttempts;
      if (!delivery.endpoint.enabled && delivery.eventType !== WEBHOOK_TEST_EVENT) {
        await record(delivery.orgId, delivery.id, { status: "failed", lastError: "Not sent: the endpoint was turned off." });
        return;
      }

      let responseStatus: number | null = null;
      let failure: string | null = null;
      let hopeless = false;
      try {
        const secret = openSecret(delivery.endpoint.secretCiphertext, options.secretsKey, delivery.orgId);
        const body = JSON.stringify(delivery.payload);
        const headers = {
          "content-type": "application/json",
          "user-agent": USER_AGENT,
          "webhook-id": delivery.eventId,
          "webhook-timestamp": String(Math.floor(attemptedAt.getTime() / 1000)),
          "webhook-signature": new Webhook(secret).sign(delivery.eventId, attemptedAt, body),
        };
        const destination = await resolveDestination(delivery.endpoint.url, options.network);
        responseStatus = await postToDestination(destination, body, headers, options);
        if (responseStatus < 200 || responseStatus > 299) {
          failure = responseStatus >= 300 && responseStatus < 400 ? `Answered ${responseStatus}: redirects are not followed.` : `Answered ${responseStatus}.`;
        }
      } catch (error) {
        failure = describeFailure(error);
        // No later attempt could sign it either.
        hopeless = error instanceof SealedSecretError;
      }

      const attempt = { attempts: job.attempts, lastAttemptAt: attemptedAt, responseStatus };
      if (!failure) {
        await record(delivery.orgId, delivery.id, { ...attempt, status: "delivered", deliveredAt: attemptedAt, lastError: null });
        return;
      }
      await record(delivery.orgId, delivery.id, { ...attempt, status: last || hopeless ? "failed" : "pending", lastError: failure });
      throw hopeless ? new PermanentJobError(failure) : new Error(failure);
    },

    async giveUp(job, reason) {
      const deliveryId = deliveryIdOf(job);
      if (!job.orgId || !deliveryId) return;
      await record(job.orgId, deliveryId, { status: "failed", lastError: reason, attempts: job.maxAttempts });
    },
  };
}
