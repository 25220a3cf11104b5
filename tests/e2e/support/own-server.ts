import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { adminDatabaseUrl, E2E_DATABASE, E2E_PORT } from "./settings.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** A database of its own beside the suite's, for specs that start, stop and kill servers. */
export const OWN_DATABASE = `${E2E_DATABASE}_own`;

/** Ports of servers a spec starts itself, clear of the suite's server (E2E_PORT) and its mailbox (E2E_PORT + 1). */
export function ownPort(index: number): number {
  return E2E_PORT + 10 + index;
}

export function ownDatabaseUrl(port = 5432, host = "127.0.0.1"): string {
  const url = new URL(adminDatabaseUrl());
  url.hostname = host;
  url.port = String(port);
  url.pathname = `/${OWN_DATABASE}`;
  return url.toString();
}

export function databaseServer(): { host: string; port: number } {
  const url = new URL(adminDatabaseUrl());
  return { host: url.hostname, port: Number(url.port || 5432) };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function recreateOwnDatabase(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${OWN_DATABASE} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${OWN_DATABASE}`);
}

export async function dropOwnDatabase(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${OWN_DATABASE} WITH (FORCE)`);
}

/** Runs one statement on the spec's database and answers its rows. */
export async function query<Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: ownDatabaseUrl(databaseServer().port, databaseServer().host) });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export interface OwnServer {
  name: string;
  port: number;
  base: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Waits until the server printed a line matching the pattern. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends a signal to the process a supervisor would signal: the launcher that `pnpm start` runs. */
  signal(signal: NodeJS.Signals): void;
  /** Kills the launcher and every process under it at once, as a crash or `kill -9` would. */
  killAll(): void;
  /** True while any process of the server is alive. */
  running(): boolean;
  /** Waits until every process of the server has ended; false if some still run after the timeout. */
  waitForExit(timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

const started = new Set<OwnServer>();

/** What every server started by this worker printed, for the report of a failed test. */
export function ownServerOutputs(): { name: string; output: string }[] {
  return [...started].map((server) => ({ name: server.name, output: server.output() }));
}

function processTable(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const line of execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" }).split("\n")) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (!pid || ppid === undefined) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  return children;
}

/** The process and all its descendants (next-server runs in a process group of its own, so a group kill misses it). */
function treeOf(rootPid: number): number[] {
  const children = processTable();
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return tree;
}

/**
 * Whether the process still runs. An ended process whose parent has not collected it yet (a zombie, which an orphan
 * stays until the container's init gets to it) has ended.
 */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/**
 * Starts the production build the way `pnpm start` serves it (`pnpm --filter @tally/web launch`, which migrates,
 * seeds the demo organization when the database is empty, then runs `next start`), on a port of this spec, and waits
 * until it answers.
 */
export async function startOwnServer({ index, databaseUrl, env = {} }: { index: number; databaseUrl: string; env?: Record<string, string> }): Promise<OwnServer> {
  const port = ownPort(index);
  const base = `http://127.0.0.1:${port}`;
  let printed = "";
  const child: ChildProcess = spawn("pnpm", ["--silent", "--filter", "@tally/web", "launch"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "own-server-secret-that-is-long-enough-0123456789",
      PORT: String(port),
      APP_URL: base,
      SEED_DEMO: "1",
      SIGN_IN_LIMIT_PER_IP: "1000",
      ...env,
    },
  });
  child.stdout!.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const rootPid = child.pid!;
  // Processes are remembered as they appear, since a killed launcher leaves its children to init.
  const known = new Set<number>([rootPid]);
  const remember = () => {
    for (const pid of treeOf(rootPid)) known.add(pid);
  };
  const living = () => {
    remember();
    return [...known].filter(alive);
  };

  const server: OwnServer = {
    name: `server on port ${port}`,
    port,
    base,
    output: () => printed,
    async waitForOutput(pattern, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(printed)) {
        if (Date.now() > deadline) throw new Error(`The server did not print ${pattern} within ${timeoutMs} ms. It printed:\n${printed}`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    signal(signal) {
      remember();
      process.kill(rootPid, signal);
    },
    killAll() {
      for (const pid of living()) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // It ended meanwhile.
        }
      }
    },
    running: () => living().length > 0,
    async waitForExit(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (living().length > 0) {
        if (Date.now() > deadline) return false;
        await new Promise((done) => setTimeout(done, 50));
      }
      return true;
    },
    async stop() {
      if (!server.running()) return;
      if (alive(rootPid)) server.signal("SIGTERM");
      if (!(await server.waitForExit(12_000))) server.killAll();
    },
  };

  started.add(server);
  const deadline = Date.now() + 120_000;
  for (;;) {
    remember();
    const ready = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
    if (ready) return server;
    if (child.exitCode !== null || Date.now() > deadline) {
      await server.stop();
      throw new Error(`The server on port ${port} did not start. It printed:\n${printed}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Signs in through the credentials endpoint, as the sign-in form does, and answers the session cookie. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Signing in as ${email} gave no session (status ${response.status}).`);
  return session.split(";")[0]!;
}
