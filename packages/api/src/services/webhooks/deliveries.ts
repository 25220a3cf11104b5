import type { PrismaClient } from "@tally/db";
import { WEBHOOK_DELIVERY_PAGE_SIZE, type ListWebhookDeliveriesInput } from "@tally/domain";
import type { OrgActor } from "../actor";
import { notFound } from "../errors";
import { WEBHOOK_DELIVERY_JOB } from "../../webhooks/deliver";

/**
 * One endpoint's delivery log, newest first, a page at a time: each event with its outcome, the attempts made,
 * the last answer or error, and when a delivery still being tried will be tried next.
 */
export async function listWebhookDeliveries(db: PrismaClient, actor: OrgActor, input: ListWebhookDeliveriesInput) {
  const { orgId } = actor;
  const endpoint = await db.webhookEndpoint.findUnique({ where: { orgId_id: { orgId, id: input.endpointId } }, select: { id: true, url: true } });
  if (!endpoint) throw notFound("This webhook endpoint");
  const where = { orgId, endpointId: endpoint.id };
  const [total, rows] = await Promise.all([
    db.webhookDelivery.count({ where }),
    db.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * WEBHOOK_DELIVERY_PAGE_SIZE,
      take: WEBHOOK_DELIVERY_PAGE_SIZE,
      select: {
        id: true,
        eventId: true,
        eventType: true,
        payload: true,
        status: true,
        attempts: true,
        responseStatus: true,
        lastError: true,
        createdAt: true,
        lastAttemptAt: true,
        deliveredAt: true,
      },
    }),
  ]);
  const pending = rows.filter((row) => row.status === "pending").map((row) => `${WEBHOOK_DELIVERY_JOB}:${row.id}`);
  const jobs = pending.length
    ? await db.job.findMany({ where: { orgId, key: { in: pending }, status: { in: ["pending", "running"] } }, select: { key: true, runAt: true } })
    : [];
  const nextAttempt = new Map(jobs.map((job) => [job.key, job.runAt]));
  return {
    endpoint,
    deliveries: rows.map((row) => ({ ...row, nextAttemptAt: nextAttempt.get(`${WEBHOOK_DELIVERY_JOB}:${row.id}`) ?? null })),
    page: input.page,
    pageSize: WEBHOOK_DELIVERY_PAGE_SIZE,
    total,
  };
}
