import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";

// PGlite has no cross-process locking: two processes on one folder silently lose writes. A lock
// directory beside the data folder turns a second opener into an immediate, explained failure.
//
// - Taking a free lock is one `mkdir`, which exactly one process can win.
// - The holder's identity (pid, host and a random token of this acquisition) lives in `owner.json` inside
//   the lock directory, written atomically (temporary file, then rename), and the directory's mtime is
//   refreshed while it is held.
// - A lock left behind (its owner on this machine has exited, or it has not been refreshed for STALE_MS) is
//   never removed and re-created, which would let a late process remove the lock a faster one had just
//   taken. Instead a taker first creates `takeover/` inside that very directory — again one `mkdir` that
//   exactly one process wins — checks that `owner.json` still names the same acquisition, and then writes
//   its own identity over it. Everyone else is refused.

/** A holder that stops refreshing for this long (frozen, or on another machine and gone) is considered gone. */
const STALE_MS = 30_000;
const UPDATE_MS = 5_000;

type Owner = { pid: number; hostname: string; startedAt: string; token: string };

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

const lockDir = (dir: string) => `${dir}.lock`;
const ownerFile = (dir: string) => `${lockDir(dir)}/owner.json`;
const takeoverDir = (dir: string) => `${lockDir(dir)}/takeover`;

function readOwner(dir: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dir), "utf8")) as Partial<Owner>;
    if (typeof owner.pid !== "number" || typeof owner.hostname !== "string") return undefined;
    return { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt ?? ""), token: String(owner.token ?? "") };
  } catch {
    return undefined;
  }
}

function writeOwner(dir: string, owner: Owner): void {
  const temporary = `${ownerFile(dir)}.${process.pid}.${owner.token}.tmp`;
  writeFileSync(temporary, JSON.stringify(owner));
  renameSync(temporary, ownerFile(dir));
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

function lockAgeMs(dir: string): number {
  try {
    return Date.now() - statSync(lockDir(dir)).mtimeMs;
  } catch {
    return 0;
  }
}

/** Whether the lock as it stands now was left behind by a holder that is gone. */
function isAbandoned(dir: string, owner: Owner | undefined): boolean {
  if (owner && owner.hostname === hostname()) return !isAlive(owner.pid);
  // No owner yet (a holder that crashed right after mkdir) or one on another machine: judge by the heartbeat.
  return lockAgeMs(dir) > STALE_MS;
}

const sameAcquisition = (a: Owner | undefined, b: Owner | undefined) =>
  a === undefined ? b === undefined : b !== undefined && a.pid === b.pid && a.hostname === b.hostname && a.token === b.token;

/** True when this process took over the abandoned lock; false when another process holds or took it. */
function takeOver(dir: string, seen: Owner | undefined, mine: Owner): boolean {
  try {
    mkdirSync(takeoverDir(dir));
  } catch {
    // Another process is taking it over (or the lock was just released): not ours.
    return false;
  }
  // The takeover marker lives inside the directory it claims: if the lock was released and taken afresh since
  // we looked, the marker sits in the new holder's directory and the owner check below sends us away.
  const current = readOwner(dir);
  if (!sameAcquisition(seen, current) || !isAbandoned(dir, current)) {
    rmSync(takeoverDir(dir), { recursive: true, force: true });
    return false;
  }
  writeOwner(dir, mine);
  rmdirSync(takeoverDir(dir));
  return true;
}

/** Takes the exclusive lock for a PGlite data folder (created if missing), or throws DatabaseInUseError. */
export function lockDataDir(requestedDir: string): DirLock {
  mkdirSync(requestedDir, { recursive: true });
  const dir = realpathSync(requestedDir);
  const mine: Owner = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(16).toString("hex"),
  };

  let taken = false;
  try {
    mkdirSync(lockDir(dir));
    taken = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (taken) {
    writeOwner(dir, mine);
  } else {
    const owner = readOwner(dir);
    if (!isAbandoned(dir, owner) || !takeOver(dir, owner, mine)) {
      throw new DatabaseInUseError(dir, readOwner(dir)?.pid ?? owner?.pid);
    }
  }

  const stillMine = () => sameAcquisition(readOwner(dir), mine);
  const heartbeat = setInterval(() => {
    if (!stillMine()) {
      clearInterval(heartbeat);
      // Another process now owns the folder; continuing to write could corrupt it.
      throw new Error(`Lost the lock on the embedded database at ${dir}.`);
    }
    const now = new Date();
    try {
      utimesSync(lockDir(dir), now, now);
    } catch {
      // Checked again at the next beat.
    }
  }, UPDATE_MS);
  heartbeat.unref();

  const giveBack = () => {
    clearInterval(heartbeat);
    if (stillMine()) rmSync(lockDir(dir), { recursive: true, force: true });
  };
  process.once("exit", giveBack);

  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      process.off("exit", giveBack);
      giveBack();
    },
  };
}
