import type { PrismaClient } from "@tally/db";
import { WEBHOOK_EVENTS } from "@tally/domain";
import { configuredSecretsKey } from "../../src/webhooks/config";
import { newSigningSecret, sealSecret } from "../../src/webhooks/secrets";

/** A public address no test ever delivers to: the world's endpoint only collects what would be sent. */
export const WORLD_WEBHOOK_URL = "https://93.184.215.14/world-hooks";

export interface WorldWebhooks {
  /** An enabled endpoint that listens to every event. */
  endpointId: string;
}

export async function createWorldWebhooks(db: PrismaClient, orgId: string, adminMembershipId: string): Promise<WorldWebhooks> {
  const endpoint = await db.webhookEndpoint.create({
    data: {
      orgId,
      url: WORLD_WEBHOOK_URL,
      description: "The test world's endpoint",
      events: [...WEBHOOK_EVENTS],
      secretCiphertext: sealSecret(newSigningSecret(), configuredSecretsKey(), orgId),
      createdByMembershipId: adminMembershipId,
    },
    select: { id: true },
  });
  return { endpointId: endpoint.id };
}
