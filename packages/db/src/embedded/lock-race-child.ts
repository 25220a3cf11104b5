// Run by lock.test.ts as one of several racing processes: says it is ready, waits until every racer is, tries to
// take the lock of the folder, prints "won" or the refusal, and holds a won lock for a while so the others race
// against it. Waiting for each other rather than for a moment on the clock keeps a slow start (a busy machine)
// from turning a racer into a late-comer that finds the lock already given back.
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DatabaseInUseError, lockDataDir } from "./lock";

const [dir, racers, holdMs] = process.argv.slice(2);
if (!dir || !racers) throw new Error("usage: lock-race-child.ts <pglite dir> <number of racers> [hold ms]");
const meetingPlace = dirname(dir);
writeFileSync(join(meetingPlace, `ready-${process.pid}`), "");
const giveUpAt = Date.now() + 60_000;
while (readdirSync(meetingPlace).filter((name) => name.startsWith("ready-")).length < Number(racers)) {
  // Spin rather than sleep, so that every racer starts within the same millisecond or so.
  if (Date.now() > giveUpAt) throw new Error("the other racers never became ready");
}
try {
  const lock = lockDataDir(dir);
  console.log("won");
  setTimeout(() => lock.release(), Number(holdMs ?? 2000));
} catch (error) {
  if (!(error instanceof DatabaseInUseError)) throw error;
  console.log("refused");
}
