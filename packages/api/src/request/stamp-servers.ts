import http from "node:http";
import https from "node:https";
import { installPeerAddressStamp } from "./client-address";

/** Stamps every request that this process's HTTP and HTTPS servers receive with its peer address. */
export function stampPeerAddressesOfServers(): void {
  installPeerAddressStamp([http.Server.prototype, https.Server.prototype]);
}
