import type { PrismaClient } from "@tally/db";
import { apiEnv } from "../env";
import { tooManyRequests } from "../services/errors";

/**
 * Counters live in PostgreSQL (the RateLimit table) so that every server instance behind a load balancer
 * counts the same attempts. Each attempt is counted by one atomic statement before the work it guards, so
 * any number of simultaneous attempts can never get past the budget together.
 */
const POLICIES = {
  signInByIp: { points: apiEnv.signInLimitPerIp, duration: 15 * 60 },
  /** Sign-ins to one account from the addresses it has signed in from before: one budget per address. */
  signInByAccountAtUsualAddress: { points: 10, duration: 15 * 60 },
  /** Sign-ins to one account from anywhere else (and to unknown addresses): one budget for all of them. */
  signInByAccount: { points: 10, duration: 15 * 60 },
  signUpByIp: { points: apiEnv.signUpLimitPerHour, duration: 60 * 60 },
  passwordResetByIp: { points: 20, duration: 60 * 60 },
  passwordResetByAccount: { points: 5, duration: 60 * 60 },
  /** Attempts to set a new password, per client address and per reset link. */
  passwordResetUseByIp: { points: 20, duration: 60 * 60 },
  passwordResetUseByToken: { points: 5, duration: 60 * 60 },
  passwordChangeByAccount: { points: 10, duration: 15 * 60 },
  /** Files a member sends to the import page, dry runs included: each is parsed whole, so the budget guards the CPU. */
  importByMember: { points: 60, duration: 60 * 60 },
  /** Requests per API key; the REST layer may be given its own budget, the window stays one minute. */
  apiKey: { points: apiEnv.apiRateLimitPerMinute, duration: 60 },
} as const satisfies Record<string, { points: number; duration: number }>;

export type RateLimitPolicy = keyof typeof POLICIES;

function storageKey(policy: RateLimitPolicy, key: string): string {
  return `${policy}:${key.toLowerCase()}`;
}

interface CountRow {
  points: number;
  msLeft: number;
}

/**
 * Counts one attempt and answers how many the window holds now, this one included. A window that has run
 * out starts over at 1. One INSERT … ON CONFLICT DO UPDATE: PostgreSQL serialises concurrent updates of one
 * key, so every attempt is counted exactly once. Prisma keeps DateTime columns as UTC wall time in `timestamp`
 * columns, hence the comparisons with UTC "now".
 */
export async function countAttempt(db: PrismaClient, policy: RateLimitPolicy, key: string): Promise<{ points: number; msBeforeReset: number }> {
  const { duration } = POLICIES[policy];
  const rows = await db.$queryRaw<CountRow[]>`
    INSERT INTO "RateLimit" ("key", "points", "expire")
    VALUES (${storageKey(policy, key)}, 1, (now() AT TIME ZONE 'UTC') + ${duration}::int * interval '1 second')
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE
        WHEN "RateLimit"."expire" IS NULL OR "RateLimit"."expire" <= (now() AT TIME ZONE 'UTC') THEN 1
        ELSE "RateLimit"."points" + 1
      END,
      "expire" = CASE
        WHEN "RateLimit"."expire" IS NULL OR "RateLimit"."expire" <= (now() AT TIME ZONE 'UTC') THEN EXCLUDED."expire"
        ELSE "RateLimit"."expire"
      END
    RETURNING "points",
      GREATEST(0, CEIL(EXTRACT(EPOCH FROM ("expire" - (now() AT TIME ZONE 'UTC'))) * 1000))::float8 AS "msLeft"`;
  const row = rows[0];
  if (!row) throw new Error(`Rate limit ${policy}: the counter answered no row.`);
  // The column keeps milliseconds: rounding may put the end a fraction past the window's length.
  return { points: Number(row.points), msBeforeReset: Math.min(Number(row.msLeft), duration * 1000) };
}

/** Counts one attempt; throws rate_limited once the policy's budget is spent (this attempt included). */
export async function consumeAttempt(db: PrismaClient, policy: RateLimitPolicy, key: string): Promise<void> {
  const { points, msBeforeReset } = await countAttempt(db, policy, key);
  if (points > POLICIES[policy].points) throw tooManyRequests(msBeforeReset);
}

/** Forgets every attempt counted for the key in the current window. */
export async function resetAttempts(db: PrismaClient, policy: RateLimitPolicy, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: storageKey(policy, key) } });
}

/** Deletes the counters whose window has ended; they would start over at 1 anyway. */
export async function purgeExpiredRateLimits(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lte: now } } });
  return count;
}

export const RATE_LIMIT_POLICIES: Readonly<Record<RateLimitPolicy, { points: number; duration: number }>> = POLICIES;
