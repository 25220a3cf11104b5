/**
 * Runs once when a server process starts. The outbox is delivered from here so that `next start` (and
 * `next dev`) send mail without a separate process; the build, which also loads this file, must not.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBackgroundWork } = await import("@tally/api/server");
  startBackgroundWork();
}
