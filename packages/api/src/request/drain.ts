import http from "node:http";
import https from "node:https";

interface DrainState {
  servers: Set<http.Server>;
  draining: boolean;
}

type ServerPrototype = { emit(event: string | symbol, ...args: unknown[]): boolean };

const KEY = Symbol.for("@tally/api/connection-drain");
type DrainGlobal = typeof globalThis & { [KEY]?: DrainState };

/**
 * Remembers the HTTP servers of this process as they take requests. Node's `server.close()`, which Next calls on
 * SIGTERM, waits for every kept-alive connection to time out (5 s) after its last answer; `drainConnections` closes
 * each one as soon as it has answered instead.
 */
export function trackServerConnections(): void {
  const global = globalThis as DrainGlobal;
  if (global[KEY]) return;
  const state: DrainState = { servers: new Set(), draining: false };
  global[KEY] = state;
  for (const prototype of [http.Server.prototype, https.Server.prototype] as ServerPrototype[]) {
    const emit = prototype.emit;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request" && args[1] instanceof http.ServerResponse) {
        state.servers.add(this);
        args[1].once("finish", () => {
          // The connection counts as idle only once the answer has left; then it may close.
          if (state.draining) setImmediate(() => this.closeIdleConnections());
        });
      }
      return emit.call(this, event, ...args);
    };
  }
}

/** Closes the idle connections now and every other one once its request in flight is answered. */
export function drainConnections(): void {
  const state = (globalThis as DrainGlobal)[KEY];
  if (!state) return;
  state.draining = true;
  for (const server of state.servers) server.closeIdleConnections();
}
