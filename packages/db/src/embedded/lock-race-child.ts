// Run by lock.test.ts as one of several racing processes: waits until the given moment, tries to take the lock
// of the folder, prints "won" or the refusal, and holds a won lock for a while so the others race against it.
import { DatabaseInUseError, lockDataDir } from "./lock";

const [dir, startAt, holdMs] = process.argv.slice(2);
if (!dir || !startAt) throw new Error("usage: lock-race-child.ts <pglite dir> <start at, ms since epoch> [hold ms]");
while (Date.now() < Number(startAt)) {
  // Spin rather than sleep, so that every racer starts within the same millisecond or so.
}
try {
  const lock = lockDataDir(dir);
  console.log("won");
  setTimeout(() => lock.release(), Number(holdMs ?? 2000));
} catch (error) {
  if (!(error instanceof DatabaseInUseError)) throw error;
  console.log("refused");
}
