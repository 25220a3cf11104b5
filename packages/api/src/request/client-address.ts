import { randomBytes } from "node:crypto";
import { isIP } from "node:net";

/**
 * The address of the client a request came from, for rate limits and the audit log.
 *
 * Forwarded headers are only as trustworthy as the proxies that write them: anyone can send
 * `X-Forwarded-For: 1.2.3.4`. With `trustProxyHops` = 0 they are ignored and the address is the direct peer of
 * this server. With N trusted proxies in front (each appending the address it saw to X-Forwarded-For), the
 * client is the Nth entry from the right: the address the outermost trusted proxy saw. Entries further left
 * were written by the client and are never read.
 */
export function clientAddressFrom(headers: Headers, options: { trustProxyHops: number; peerAddress: string }): string {
  const { trustProxyHops, peerAddress } = options;
  if (trustProxyHops <= 0) return peerAddress;
  // Several X-Forwarded-For lines arrive joined by ", " in one value, in order.
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const candidate = chain[chain.length - trustProxyHops];
  return (candidate !== undefined && normalizeAddress(candidate)) || peerAddress;
}

/** A valid IPv4 or IPv6 address in canonical form (IPv4-mapped IPv6 as plain IPv4), or null. */
export function normalizeAddress(value: string): string | null {
  let address = value.trim();
  // "[2001:db8::1]:443" and "203.0.113.9:51000" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  const lower = address.toLowerCase();
  const mapped = /^(?:0{0,4}:){0,5}ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (mapped?.[1] && isIP(mapped[1]) === 4) return mapped[1];
  return lower;
}

// ---------------------------------------------------------------------------------------------------------
// The direct peer. Next.js gives route handlers and server components a Web Request without the socket, and
// fills X-Forwarded-For from the socket only when the client did not send one, so the peer cannot be read
// from the headers. The server process therefore stamps every incoming request, before Next sees it, with the
// socket's address under a header carrying a secret of this process; a client cannot forge that stamp.
// Where no stamp is installed (or a request arrives without one), every request counts as one peer, "local":
// forged headers then never split the rate limits into fresh buckets.

/** Stands for the direct peer when the server cannot tell it. */
export const UNKNOWN_PEER = "local";
export const PEER_HEADER = "x-tally-peer";

const SECRET_KEY = Symbol.for("tally.peerStampSecret");
type StampGlobal = typeof globalThis & { [SECRET_KEY]?: string };

/** The socket address stamped on this request by this process, or UNKNOWN_PEER. */
export function peerAddressFrom(headers: Headers): string {
  const secret = (globalThis as StampGlobal)[SECRET_KEY];
  const stamp = headers.get(PEER_HEADER);
  if (!secret || !stamp) return UNKNOWN_PEER;
  const separator = stamp.indexOf(" ");
  if (separator < 0 || stamp.slice(0, separator) !== secret) return UNKNOWN_PEER;
  return normalizeAddress(stamp.slice(separator + 1)) ?? UNKNOWN_PEER;
}

type IncomingLike = { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } | null };
type ServerPrototype = { emit(event: string | symbol, ...args: unknown[]): boolean };

/** Puts the socket address on a request as it arrives, replacing whatever the client sent under that name. */
export function stampPeerAddress(request: IncomingLike): void {
  const secret = (globalThis as StampGlobal)[SECRET_KEY];
  if (!secret) return;
  const remote = request.socket?.remoteAddress;
  if (remote) request.headers[PEER_HEADER] = `${secret} ${remote}`;
  else delete request.headers[PEER_HEADER];
}

/**
 * Makes every HTTP server of this process stamp incoming requests with their peer address. Idempotent; called
 * once at server start (instrumentation), before requests are served.
 */
export function installPeerAddressStamp(serverPrototypes: ServerPrototype[]): void {
  const global = globalThis as StampGlobal;
  if (global[SECRET_KEY]) return;
  global[SECRET_KEY] = randomBytes(18).toString("base64url");
  for (const prototype of serverPrototypes) {
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request" && args[0]) stampPeerAddress(args[0] as IncomingLike);
      return emit.call(this, event, ...args);
    };
  }
}
