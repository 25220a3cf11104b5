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
  server.startBackgroundWork();
}
