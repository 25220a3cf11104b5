import { lookup } from "node:dns/promises";
import { webhookUrlProblem } from "@tally/domain";
import { classifyAddress, ipLiteralOf } from "./addresses";

/** Where webhooks may go, and how host names are looked up. */
export interface WebhookNetwork {
  /** WEBHOOK_ALLOW_PRIVATE_NETWORKS: loopback, private networks and plain http allowed (development, tests). */
  allowPrivateNetworks: boolean;
  /** The addresses a host name stands for; DNS unless a test says otherwise. */
  resolve(host: string): Promise<string[]>;
}

/** An address that may not receive webhooks, with the reason in words an admin can act on. */
export class WebhookAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookAddressError";
  }
}

export interface Destination {
  url: URL;
  /** The checked IP address to connect to: never looked up again between the check and the connection. */
  address: string;
}

const LOOKUP_TIMEOUT_MS = 5_000;

/** Every address DNS gives for `host`, within a few seconds. */
export async function lookUpHost(host: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("DNS lookup timed out")), LOOKUP_TIMEOUT_MS);
  });
  try {
    const found = await Promise.race([lookup(host, { all: true, verbatim: true }), timeout]);
    return found.map((entry) => entry.address);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks a webhook address and finds the IP address to send to. Unless private networks are allowed, every
 * address the host resolves to must be public: a name that points at this server, the cloud metadata service
 * or the office network is refused, whether the admin typed it or DNS changed since. Called when an endpoint is
 * saved and again before every delivery, which then connects to exactly the address checked here.
 */
export async function resolveDestination(rawUrl: string, network: WebhookNetwork): Promise<Destination> {
  const problem = webhookUrlProblem(rawUrl, { allowHttp: network.allowPrivateNetworks });
  if (problem) throw new WebhookAddressError(problem);
  const url = new URL(rawUrl);
  const literal = ipLiteralOf(url.hostname);
  let addresses: string[];
  if (literal) addresses = [literal];
  else {
    try {
      addresses = await network.resolve(url.hostname);
    } catch {
      addresses = [];
    }
  }
  if (!addresses.length) throw new WebhookAddressError(`The host ${url.hostname} could not be found. Check the address.`);
  if (!network.allowPrivateNetworks) {
    for (const address of addresses) {
      const verdict = classifyAddress(address);
      if (verdict.public) continue;
      const subject = literal ? "This address" : `${url.hostname} (${address})`;
      const target = literal ? `${verdict.description} (${address})` : verdict.description;
      throw new WebhookAddressError(`${subject} points to ${target}. Events are only sent to public internet addresses.`);
    }
  }
  return { url, address: addresses[0]! };
}
