/**
 * The production server as an operator starts it (`pnpm --filter @tally/web launch`, NODE_ENV=production) on the
 * benchmark's database. It needs a build (`pnpm build`); none is made here.
 */
import { spawn, execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BUILD_ID = resolve(root, "apps/web/.next/BUILD_ID");
const READY_TIMEOUT_MS = 120_000;

export interface AppServer {
  baseUrl: string;
  /** The next-server process that answers requests, for its memory. */
  serverPid(): number;
  stop(): Promise<void>;
}

export function assertBuilt(): void {
  if (!existsSync(BUILD_ID)) throw new Error("No production build of the web app: run `pnpm build` first (the benchmark measures the build, it does not make one).");
}

/** Every process of the session the launcher leads: next start runs next-server in a process group of its own. */
function sessionPids(sessionId: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "-s", String(sessionId)], { encoding: "utf8" })
      .split("\n")
      .map((line) => Number(line.trim()))
      .filter((pid) => pid > 0);
  } catch {
    return [];
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

export async function startAppServer(options: { databaseUrl: string; port: number; env?: Record<string, string> }): Promise<AppServer> {
  assertBuilt();
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const output: string[] = [];
  // setsid: the launcher, pnpm, next and next-server share one session that stop() ends as a whole.
  const child = spawn("setsid", ["pnpm", "--silent", "--filter", "@tally/web", "launch"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: "bench-secret-that-is-long-enough-for-auth-js-0123456789",
      APP_URL: baseUrl,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      // Every simulated person signs in and calls the API from 127.0.0.1: the per-address limits are not what is measured.
      SIGN_IN_LIMIT_PER_IP: "100000",
      API_RATE_LIMIT_PER_MINUTE: "1000000",
      ...options.env,
    },
  });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
    if (process.env.BENCH_VERBOSE) process.stderr.write(chunk);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });

  const stop = async () => {
    if (!child.pid) return;
    for (const pid of sessionPids(child.pid)) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    const deadline = Date.now() + 15_000;
    while (sessionPids(child.pid).length && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
    for (const pid of sessionPids(child.pid)) process.kill(pid, "SIGKILL");
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`The app server exited before it answered:\n${output.join("")}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The app server did not answer /api/health within ${READY_TIMEOUT_MS / 1000} s:\n${output.join("")}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }

  return {
    baseUrl,
    serverPid() {
      const pid = sessionPids(child.pid!).find((candidate) => commandOf(candidate).startsWith("next-server"));
      if (!pid) throw new Error("No next-server process in the app server's session.");
      return pid;
    },
    stop,
  };
}

/** The resident memory of a process in MB, from /proc. */
export function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`No VmRSS for process ${pid}.`);
  return Number(match[1]) / 1024;
}
