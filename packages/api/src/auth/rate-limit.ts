import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@tally/db";
import { apiEnv } from "../env";
import { tooManyRequests } from "../trpc/errors";

/**
 * Counters live in PostgreSQL (the RateLimit table) so that every server instance behind a load balancer
 * counts the same attempts.
 */
const POLICIES = {
  signInByIp: { points: apiEnv.signInLimitPerIp, duration: 15 * 60 },
  signInFailuresByAccount: { points: 10, duration: 15 * 60 },
  signUpByIp: { points: apiEnv.signUpLimitPerHour, duration: 60 * 60 },
  passwordResetByIp: { points: 20, duration: 60 * 60 },
  passwordResetByAccount: { points: 5, duration: 60 * 60 },
  passwordChangeByAccount: { points: 10, duration: 15 * 60 },
} as const;

export type RateLimitPolicy = keyof typeof POLICIES;

const limitersByDb = new WeakMap<PrismaClient, Record<RateLimitPolicy, RateLimiterPrisma>>();

function limiters(db: PrismaClient): Record<RateLimitPolicy, RateLimiterPrisma> {
  let found = limitersByDb.get(db);
  if (!found) {
    const make = (policy: RateLimitPolicy) =>
      new RateLimiterPrisma({
        storeClient: db,
        tableName: "rateLimit",
        keyPrefix: policy,
        clearExpiredByTimeout: false,
        ...POLICIES[policy],
      });
    const policies = Object.keys(POLICIES) as RateLimitPolicy[];
    found = Object.fromEntries(policies.map((policy) => [policy, make(policy)])) as Record<RateLimitPolicy, RateLimiterPrisma>;
    limitersByDb.set(db, found);
  }
  return found;
}

/** Counts one attempt; throws TOO_MANY_REQUESTS once the policy's budget is spent. */
export async function consumeAttempt(db: PrismaClient, policy: RateLimitPolicy, key: string): Promise<void> {
  try {
    await limiters(db)[policy].consume(key.toLowerCase());
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw tooManyRequests(rejection.msBeforeNext);
    throw rejection;
  }
}

/** Throws TOO_MANY_REQUESTS when the budget is already spent, without counting this attempt. */
export async function assertNotBlocked(db: PrismaClient, policy: RateLimitPolicy, key: string): Promise<void> {
  const state = await limiters(db)[policy].get(key.toLowerCase());
  if (state && state.consumedPoints >= POLICIES[policy].points) throw tooManyRequests(state.msBeforeNext);
}

export async function resetAttempts(db: PrismaClient, policy: RateLimitPolicy, key: string): Promise<void> {
  await limiters(db)[policy].delete(key.toLowerCase());
}
