import { apiEnv } from "../env";
import { lookUpHost, type WebhookNetwork } from "./destination";
import { secretsKeyFrom } from "./secrets";

/** Where this server may send webhooks, as configured (WEBHOOK_ALLOW_PRIVATE_NETWORKS), looking hosts up in DNS. */
export function configuredWebhookNetwork(): WebhookNetwork {
  return { allowPrivateNetworks: apiEnv.webhookAllowPrivateNetworks, resolve: lookUpHost };
}

let secretsKey: Buffer | undefined;

/** The key for endpoints' signing secrets, from AUTH_SECRET; read when first needed, so a build never asks for it. */
export function configuredSecretsKey(): Buffer {
  secretsKey ??= secretsKeyFrom(apiEnv.authSecret());
  return secretsKey;
}
