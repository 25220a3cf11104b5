import { createHash } from "node:crypto";
import { Prisma, type PrismaClient } from "@tally/db";
import { IDEMPOTENCY_KEY_MAX } from "./schemas/common";
import { RestProblem } from "./problem";
import type { RestAnswer } from "./endpoint";

/** How long a first answer is replayed. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** A request still "in progress" after this long died with its server: another may take the key over. */
export const ABANDONED_AFTER_MS = 5 * 60 * 1000;
const RETRY_AFTER_SECONDS = 1;

const KEY_PATTERN = /^[\x21-\x7E]+$/;

export function idempotencyKeyOf(header: string | null): string | null {
  if (header === null) return null;
  const key = header.trim();
  if (!key || key.length > IDEMPOTENCY_KEY_MAX || !KEY_PATTERN.test(key)) {
    throw new RestProblem("bad-request", `The Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX} visible ASCII characters, such as a UUID.`, [
      { parameter: "Idempotency-Key", detail: `Use 1 to ${IDEMPOTENCY_KEY_MAX} visible ASCII characters.` },
    ]);
  }
  return key;
}

/** What makes two requests "the same": the method, the path with its query and the exact body. */
export function requestFingerprint(method: string, url: URL, body: Uint8Array): string {
  return createHash("sha256").update(`${method} ${url.pathname}${url.search}\n`).update(body).digest("hex");
}

interface Scope {
  orgId: string;
  apiKeyId: string;
  key: string;
}

export type Claim = { kind: "claimed" } | { kind: "replay"; answer: RestAnswer };

/**
 * Claims the key for this request, or answers what the first request with it answered. One insert that skips a
 * duplicate decides between simultaneous requests: exactly one claims the key, the others see it in progress
 * (409 with Retry-After) or, once it is done, replay its answer. The records live in PostgreSQL, so any instance
 * replays what another answered.
 */
export async function claimIdempotencyKey(db: PrismaClient, scope: Scope, fingerprint: string, now: Date): Promise<Claim> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // createMany with skipDuplicates is one INSERT … ON CONFLICT DO NOTHING.
    const { count: inserted } = await db.idempotencyRecord.createMany({
      data: [{ ...scope, requestHash: fingerprint, status: "in_progress", createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS) }],
      skipDuplicates: true,
    });
    if (inserted === 1) return { kind: "claimed" };
    const where = { orgId_apiKeyId_key: scope };
    const record = await db.idempotencyRecord.findUnique({ where, select: { requestHash: true, status: true, responseStatus: true, responseBody: true, createdAt: true, expiresAt: true } });
    if (!record) continue;
    const expired = record.expiresAt <= now;
    const abandoned = record.status === "in_progress" && now.getTime() - record.createdAt.getTime() > ABANDONED_AFTER_MS;
    if (expired || abandoned) {
      // Only the request that deletes the stale record goes on to claim the key afresh.
      await db.idempotencyRecord.deleteMany({ where: { ...scope, createdAt: record.createdAt } });
      continue;
    }
    if (record.requestHash !== fingerprint) {
      throw new RestProblem(
        "idempotency-key-reused",
        "This Idempotency-Key was already used with another request in the last 24 hours. Use a new key for a new request.",
        [{ parameter: "Idempotency-Key", detail: "Already used with another body or path." }],
      );
    }
    if (record.status === "in_progress") {
      throw new RestProblem("conflict", "A request with this Idempotency-Key is still being processed. Retry in a moment to receive its answer.", [], {
        "Retry-After": String(RETRY_AFTER_SECONDS),
      });
    }
    return { kind: "replay", answer: { status: record.responseStatus ?? 200, body: record.responseBody } };
  }
  throw new RestProblem("conflict", "This Idempotency-Key is changing hands. Retry in a moment.", [], { "Retry-After": String(RETRY_AFTER_SECONDS) });
}

/** Keeps the first answer for replays. */
export async function completeIdempotencyKey(db: PrismaClient, scope: Scope, answer: RestAnswer): Promise<void> {
  await db.idempotencyRecord.updateMany({
    where: { ...scope, status: "in_progress" },
    data: { status: "completed", responseStatus: answer.status, responseBody: answer.body === null ? Prisma.JsonNull : (answer.body as Prisma.InputJsonValue) },
  });
}

/** Frees the key after a failure on our side, so the client's retry runs the request again. */
export async function releaseIdempotencyKey(db: PrismaClient, scope: Scope): Promise<void> {
  await db.idempotencyRecord.deleteMany({ where: { ...scope, status: "in_progress" } });
}

/** Records past their 24 hours; run by the hourly purge. */
export async function purgeExpiredIdempotencyRecords(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const { count } = await db.idempotencyRecord.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
