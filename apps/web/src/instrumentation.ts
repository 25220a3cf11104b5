/**
 * Runs once when a server process starts. The outbox is delivered from here so that `next start` and
 * `next dev` send mail without a separate process; `next build` must not start it.
 */
export async function register() {
  const { webEnv } = await import("./env");
  if (!webEnv.servingOnNode) return;
  const { startBackgroundWork } = await import("@tally/api/server");
  startBackgroundWork();
}
