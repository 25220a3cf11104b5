import { Cron } from "croner";

/**
 * The scheduled instant a tick that fired at `firedAt` belongs to: the last one at or before it. Timers fire
 * a little late and never early, so every instance maps its own tick of one instant to the same value.
 */
export function scheduledInstant(cron: string, firedAt: Date): Date {
  // previousRuns leaves out the reference itself, hence the millisecond.
  const [instant] = new Cron(cron, { timezone: "UTC" }).previousRuns(1, new Date(firedAt.getTime() + 1));
  if (!instant) throw new Error(`The schedule "${cron}" has no instant before ${firedAt.toISOString()}.`);
  return instant;
}
