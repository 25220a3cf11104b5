/**
 * Runs once when a server process starts. The outbox is delivered from here so that `next start` and
 * `next dev` send mail without a separate process; `next build` must not start it.
 */
export async function register() {
  // Read inline, not through env.ts: Next replaces this expression at compile time, which keeps the Node-only
  // imports below out of the Edge bundle that is compiled from this same file.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { webEnv } = await import("./env");
  if (!webEnv.servingOnNode) return;
  const { startBackgroundWork } = await import("@tally/api/server");
  startBackgroundWork();
}
