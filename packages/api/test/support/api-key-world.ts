import type { PrismaClient } from "@tally/db";
import { newApiKeySecret } from "../../src/services/api-keys/secret";

export interface WorldApiKey {
  id: string;
  secret: string;
}

/** A read-write key of the whole organization, created by `membershipId`. */
export async function createWorldApiKey(db: PrismaClient, orgId: string, membershipId: string, overrides: { scope?: "read" | "read_write"; teamId?: string | null; expiresAt?: Date | null; revokedAt?: Date | null; name?: string } = {}): Promise<WorldApiKey> {
  const { secret, prefix, secretHash } = newApiKeySecret();
  const key = await db.apiKey.create({
    data: {
      orgId,
      name: overrides.name ?? "World integration",
      prefix,
      secretHash,
      scope: overrides.scope ?? "read_write",
      teamId: overrides.teamId ?? null,
      expiresAt: overrides.expiresAt ?? null,
      revokedAt: overrides.revokedAt ?? null,
      createdByMembershipId: membershipId,
    },
    select: { id: true },
  });
  return { id: key.id, secret };
}
