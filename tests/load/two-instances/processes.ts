import { execFileSync, type ChildProcess } from "node:child_process";

/**
 * Stops a process started with `detached: true` and everything in its session: `next start` runs `next-server`
 * in a process group of its own, which outlives its parent and keeps the port otherwise.
 */
export async function stopSession(child: ChildProcess, { graceMs = 10_000 } = {}): Promise<void> {
  const leader = child.pid;
  if (leader === undefined) return;
  const members = (): number[] => {
    try {
      return execFileSync("ps", ["-o", "pid=", "-s", String(leader)], { encoding: "utf8" })
        .split("\n")
        .map((line) => Number(line.trim()))
        .filter((pid) => pid > 0);
    } catch {
      return [];
    }
  };
  const signal = (name: NodeJS.Signals) => {
    for (const pid of members()) {
      try {
        process.kill(pid, name);
      } catch {
        // Already gone.
      }
    }
  };
  signal("SIGTERM");
  const deadline = Date.now() + graceMs;
  while (members().length && Date.now() < deadline) await new Promise((done) => setTimeout(done, 200));
  signal("SIGKILL");
}
