import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { stopSession } from "./processes";

export interface Instance {
  name: string;
  url: string;
  /** Where the instance's output goes. */
  logFile: string;
  /** Resolves to the milliseconds from the launch to the first ready answer (migrations and the demo seed included). */
  ready: Promise<number>;
  stop(): Promise<void>;
}

export interface InstanceOptions {
  name: string;
  port: number;
  root: string;
  logDir: string;
  env: Record<string, string>;
  readyTimeoutMs?: number;
}

/**
 * Starts one production server the way an operator does (`pnpm --filter @tally/web launch`: migrate, seed the
 * demo when asked, serve); `ready` waits until `/api/ready` answers 200. Its output goes to a log file.
 */
export function launchInstance({ name, port, root, logDir, env, readyTimeoutMs = 240_000 }: InstanceOptions): Instance {
  const logFile = join(logDir, `${name}.log`);
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child: ChildProcess = spawn("pnpm", ["--silent", "--filter", "@tally/web", "launch"], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: string | null = null;
  child.once("exit", (code, signal) => {
    exited = `exited with ${signal ?? code}`;
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopSession(child).finally(() => log.end());

  async function ready(): Promise<number> {
    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      if (exited) throw new Error(`Instance ${name} ${exited} before it was ready; see ${logFile}.`);
      if (Date.now() > deadline) throw new Error(`Instance ${name} was not ready within ${readyTimeoutMs / 1000} s; see ${logFile}.`);
      const answered = await fetch(`${url}/api/ready`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (answered) return performance.now() - started;
      await new Promise((done) => setTimeout(done, 250));
    }
  }

  return { name, url, logFile, ready: ready(), stop };
}
