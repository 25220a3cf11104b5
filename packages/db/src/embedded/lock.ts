import { mkdirSync, readFileSync, realpathSync, rmSync, rmdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import lockfile from "proper-lockfile";

// PGlite has no cross-process locking: two processes on one folder silently lose writes. A lock
// directory beside the data folder (proper-lockfile: atomic mkdir, mtime refreshed while held)
// turns a second opener into an immediate, explained failure.

/** A holder that stops refreshing for this long (crash, SIGKILL) is considered gone. */
const STALE_MS = 30_000;
const UPDATE_MS = 5_000;

type Owner = { pid: number; hostname: string; startedAt: string };

export class DatabaseInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly ownerPid: number | undefined,
  ) {
    super(
      `The embedded database at ${dir} is in use by another process (pid ${ownerPid ?? "unknown"}). ` +
        "Stop it or set DATABASE_URL.",
    );
    this.name = "DatabaseInUseError";
  }
}

export type DirLock = { release(): void };

const ownerFile = (dir: string) => `${dir}.lock-owner.json`;
const lockDir = (dir: string) => `${dir}.lock`;

function readOwner(dir: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(ownerFile(dir), "utf8")) as Owner;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A holder on this machine whose process has exited need not wait out the stale period. */
function removeIfOwnerDead(dir: string, owner: Owner | undefined): boolean {
  if (!owner || owner.hostname !== hostname() || isAlive(owner.pid)) return false;
  try {
    rmdirSync(lockDir(dir));
  } catch {
    return false;
  }
  return true;
}

function tryLock(dir: string): () => void {
  return lockfile.lockSync(dir, {
    stale: STALE_MS,
    update: UPDATE_MS,
    realpath: false,
    onCompromised: (error) => {
      // Another process may now own the folder; continuing to write could corrupt it.
      throw new Error(`Lost the lock on the embedded database at ${dir}: ${error.message}`, { cause: error });
    },
  });
}

/** Takes the exclusive lock for a PGlite data folder (created if missing), or throws DatabaseInUseError. */
export function lockDataDir(requestedDir: string): DirLock {
  mkdirSync(requestedDir, { recursive: true });
  const dir = realpathSync(requestedDir);
  let unlock: () => void;
  try {
    unlock = tryLock(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const owner = readOwner(dir);
    if (!removeIfOwnerDead(dir, owner)) throw new DatabaseInUseError(dir, owner?.pid);
    unlock = tryLock(dir);
  }

  const owner: Owner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  writeFileSync(ownerFile(dir), JSON.stringify(owner));
  const forgetOwner = () => {
    if (readOwner(dir)?.pid === process.pid) rmSync(ownerFile(dir), { force: true });
  };
  process.once("exit", forgetOwner);

  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      process.off("exit", forgetOwner);
      forgetOwner();
      try {
        unlock();
      } catch (error) {
        // Already released after being compromised; nothing left to give back.
        if ((error as NodeJS.ErrnoException).code !== "ERELEASED") throw error;
      }
    },
  };
}
