import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { Destination } from "./destination";

export const DELIVERY_TIMEOUT_MS = 10_000;

export interface PostOptions {
  timeoutMs?: number;
  /** Extra trust for https (tests with a self-signed receiver). */
  ca?: string | Buffer;
}

/**
 * POSTs a body to a checked destination and resolves to the HTTP status of the answer. It connects to the
 * address that was checked, never looking the host up again (the name still goes in Host and in TLS, so the
 * certificate is verified for it), follows no redirect, and gives up after the timeout — answer included.
 */
export function postToDestination(destination: Destination, body: string, headers: Record<string, string>, options: PostOptions = {}): Promise<number> {
  const { url, address } = destination;
  const secure = url.protocol === "https:";
  const hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  return new Promise<number>((resolve, reject) => {
    const request = (secure ? https : http).request({
      method: "POST",
      host: address,
      port: url.port ? Number(url.port) : secure ? 443 : 80,
      path: `${url.pathname}${url.search}`,
      setHost: false,
      headers: { ...headers, host: url.host, "content-length": String(Buffer.byteLength(body)) },
      agent: false,
      ...(secure ? { servername: isIP(hostname) ? undefined : hostname, ca: options.ca } : {}),
    });
    const timer = setTimeout(() => request.destroy(new Error(`No answer within ${timeoutMs / 1000} seconds.`)), timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.on("response", (response) => {
      // Only the status matters; the rest of the answer is read and dropped, within the same time limit.
      response.resume();
      // A body cut off by the timeout is no failure: the status has arrived.
      response.on("error", () => undefined);
      response.on("end", () => clearTimeout(timer));
      response.on("close", () => clearTimeout(timer));
      resolve(response.statusCode ?? 0);
    });
    request.end(body);
  });
}
