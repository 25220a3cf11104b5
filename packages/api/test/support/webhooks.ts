import type { PrismaClient } from "@tally/db";
import type { OrgActor } from "../../src/services/actor";
import { loadSessionActor } from "../../src/services/memberships";
import type { WebhookNetwork } from "../../src/webhooks/destination";

/** The actor a member's session stands for in an organization, as the org-scoped procedures build it. */
export async function actorOf(db: PrismaClient, sessionId: string, orgSlug: string): Promise<OrgActor> {
  const loaded = await loadSessionActor(db, sessionId, orgSlug);
  if (!loaded?.actor) throw new Error(`No active membership in ${orgSlug} for this session.`);
  return loaded.actor;
}

/** A network whose host names resolve from a table (what DNS would answer), private addresses allowed or not. */
export function testNetwork(allowPrivateNetworks: boolean, hosts: Record<string, string[]> = {}): WebhookNetwork {
  return {
    allowPrivateNetworks,
    async resolve(host) {
      const found = hosts[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
      return found;
    },
  };
}
