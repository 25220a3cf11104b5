import type { BackgroundWork } from "./background";
import { drainConnections, trackServerConnections } from "./request/drain";

/**
 * How long a stopping server may take. Next stops accepting connections on SIGTERM and exits once the requests in
 * flight are answered; one that hangs (a stuck upload, a database that stopped answering) must not keep the process
 * past the grace period of a container runtime (10 s by default).
 */
export const SHUTDOWN_DEADLINE_MS = 9_000;

/**
 * Starts what a serving process needs besides Next itself. Loading the server module reads and checks the
 * environment (APP_URL, TRUST_PROXY_HOPS, …); a process with a bad environment exits with the reason instead
 * of staying up unready.
 */
export async function startServerProcess(): Promise<void> {
  const server = await import("./server").catch((error: unknown) => {
    console.error(`Tally cannot start: ${error instanceof Error ? error.message : String(error)}`);
    return process.exit(1);
  });
  server.stampPeerAddressesOfServers();
  trackServerConnections();
  stopOnSignal(server.startBackgroundWork());
}

/**
 * On SIGTERM or SIGINT the job runner and the mail worker stop claiming at once (what they are running finishes;
 * what they have not claimed stays queued for the next instance), while Next finishes the requests in flight and
 * each connection closes once answered, so that the process exits as soon as the last answer is sent.
 */
function stopOnSignal(work: BackgroundWork): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests in flight; no new background work is claimed.`);
    drainConnections();
    work.stop().catch((error: unknown) => console.error(`Stopping background work failed: ${error instanceof Error ? error.message : String(error)}`));
    setTimeout(() => {
      console.error(`Requests still running ${SHUTDOWN_DEADLINE_MS / 1000} s after ${signal}; exiting without them.`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
