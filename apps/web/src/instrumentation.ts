/**
 * Runs once when a server process starts, before it serves requests. It checks the configuration (a server
 * with a bad environment exits with the reason instead of staying up unready), makes every request carry the
 * address of its direct peer for the rate limits, and delivers the outbox so that `next start` and `next dev`
 * send mail without a separate process. `next build` must do none of this.
 */
export async function register() {
  // Read inline, not through env.ts: Next replaces this expression at compile time, which keeps the Node-only
  // imports below out of the Edge bundle that is compiled from this same file.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { webEnv } = await import("./env");
  if (!webEnv.servingOnNode) return;
  const { startServerProcess } = await import("@tally/api/start");
  await startServerProcess();
}
