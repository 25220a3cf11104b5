import type { PrismaClient } from "@tally/db";
import { API_KEY_PREFIX } from "@tally/domain";
import type { IntegrationActor } from "../actor";
import { DomainError } from "../errors";
import { API_KEY_MAX_LENGTH, hashApiKeySecret } from "./secret";

/** "Last used" is kept to the minute: a busy key does not write a row on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

function unauthenticated(message: string): DomainError {
  return new DomainError("unauthenticated", message);
}

/** The secret of an `Authorization: Bearer …` header, or null when the header holds none. */
export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}

/**
 * The organization's integration that a secret stands for. Unknown, revoked and expired keys are refused
 * with what the holder needs to know; nothing tells whether a secret that was never issued exists elsewhere.
 */
export async function authenticateApiKey(db: PrismaClient, authorization: string | null, now: Date = new Date()): Promise<IntegrationActor> {
  const secret = bearerToken(authorization);
  if (!secret) throw unauthenticated(`Send an API key in the Authorization header: "Authorization: Bearer ${API_KEY_PREFIX}…". Admins create keys in Settings → API keys.`);
  if (!secret.startsWith(API_KEY_PREFIX) || secret.length > API_KEY_MAX_LENGTH) throw unauthenticated("This API key is not valid. Check that it was copied whole.");
  const key = await db.apiKey.findUnique({
    where: { secretHash: hashApiKeySecret(secret) },
    select: {
      id: true,
      orgId: true,
      name: true,
      scope: true,
      teamId: true,
      createdByMembershipId: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      org: { select: { slug: true, name: true, currency: true, weekStart: true, timeZone: true, locale: true } },
    },
  });
  if (!key) throw unauthenticated("This API key is not valid. Check that it was copied whole.");
  if (key.revokedAt) throw unauthenticated("This API key was revoked. Ask an admin for a new one.");
  if (key.expiresAt && key.expiresAt <= now) throw unauthenticated("This API key has expired. Ask an admin for a new one.");
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so that of many simultaneous first requests in a minute only one writes.
    await db.apiKey.updateMany({
      where: { orgId: key.orgId, id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  return {
    kind: "integration",
    apiKeyId: key.id,
    apiKeyName: key.name,
    scope: key.scope,
    teamId: key.teamId,
    membershipId: key.createdByMembershipId,
    orgId: key.orgId,
    orgSlug: key.org.slug,
    orgName: key.org.name,
    currency: key.org.currency,
    weekStart: key.org.weekStart,
    timeZone: key.org.timeZone,
    orgLocale: key.org.locale,
  };
}
