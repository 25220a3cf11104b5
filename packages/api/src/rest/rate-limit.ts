import type { PrismaClient } from "@tally/db";
import { countAttempt, RATE_LIMIT_POLICIES } from "../auth/rate-limit";
import { RestProblem } from "./problem";

export interface RateLimitState {
  headers: Record<string, string>;
}

/**
 * Counts this request against the key's budget (one atomic statement in PostgreSQL, shared by every instance)
 * and answers the RateLimit headers of every response; past the budget, 429 with Retry-After.
 */
export async function consumeKeyBudget(db: PrismaClient, apiKeyId: string, limit: number): Promise<RateLimitState> {
  const windowSeconds = RATE_LIMIT_POLICIES.apiKey.duration;
  const { points, msBeforeReset } = await countAttempt(db, "apiKey", apiKeyId);
  const reset = Math.max(1, Math.ceil(msBeforeReset / 1000));
  const headers = {
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(Math.max(0, limit - points)),
    "RateLimit-Reset": String(reset),
    "RateLimit-Policy": `${limit};w=${windowSeconds}`,
  };
  if (points > limit) {
    throw new RestProblem(
      "rate-limited",
      `This API key has made more than ${limit} requests in the last minute. Wait ${reset} second${reset === 1 ? "" : "s"} and try again.`,
      [],
      { ...headers, "Retry-After": String(reset) },
    );
  }
  return { headers };
}
