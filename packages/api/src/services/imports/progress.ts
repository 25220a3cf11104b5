import type { ImportPhase, ImportProgress } from "./types";

const INTERVAL_MS = 150;

/**
 * Passes progress on at most every 150 ms per phase (and always at a phase's start and end), so a listener that
 * writes each report to a response is not flooded by a fast read of many small chunks.
 */
export function progressReporter(listener: ((progress: ImportProgress) => void) | undefined) {
  let lastPhase: ImportPhase | null = null;
  let lastAt = 0;
  return (phase: ImportPhase, done: number, total: number | null, { force = false }: { force?: boolean } = {}) => {
    if (!listener) return;
    const now = Date.now();
    if (!force && phase === lastPhase && now - lastAt < INTERVAL_MS) return;
    lastPhase = phase;
    lastAt = now;
    listener({ phase, done, total });
  };
}
