import { PGlite } from "@electric-sql/pglite";
import { realpathSync } from "node:fs";
import { lockDataDir, type DirLock } from "./lock";

// One PGlite per data folder per process. Kept on globalThis so that a module reloaded by Next's
// dev server finds the instance (and the lock) it already holds instead of opening the folder twice.

type Entry = { pglite: PGlite; lock: DirLock | undefined };
type Store = Map<string, Entry>;

const KEY = Symbol.for("@tally/db/embedded");
const globals = globalThis as typeof globalThis & { [KEY]?: Store };
const store: Store = (globals[KEY] ??= new Map());

const isInMemory = (dir: string) => dir.startsWith("memory://");

/** The PGlite for `dir`, opened under the folder lock on first use; `memory://…` needs no lock. */
export function openEmbedded(dir: string): PGlite {
  const existing = store.get(isInMemory(dir) ? dir : safeRealpath(dir));
  if (existing && !existing.pglite.closed) return existing.pglite;

  const lock = isInMemory(dir) ? undefined : lockDataDir(dir);
  const key = isInMemory(dir) ? dir : realpathSync(dir);
  try {
    const pglite = new PGlite(key);
    store.set(key, { pglite, lock });
    return pglite;
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Whether this process currently holds `dir` open. */
export function isEmbeddedOpen(dir: string): boolean {
  const entry = store.get(isInMemory(dir) ? dir : safeRealpath(dir));
  return entry !== undefined && !entry.pglite.closed;
}

/** Closes `dir` (or every open folder) and gives the locks back. */
export async function closeEmbedded(dir?: string): Promise<void> {
  const keys = dir === undefined ? [...store.keys()] : [isInMemory(dir) ? dir : safeRealpath(dir)];
  for (const key of keys) {
    const entry = store.get(key);
    if (!entry) continue;
    store.delete(key);
    try {
      if (!entry.pglite.closed) await entry.pglite.close();
    } finally {
      entry.lock?.release();
    }
  }
}

function safeRealpath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}
