/**
 * The raw-SQL side of the benchmark as an HTTP server of its own process, so that autocannon measures both sides the
 * same way: a request over a socket, a pool of ten PostgreSQL connections (the app's pool size), the answer serialised
 * as JSON. What it leaves out — sessions, permissions, the framework — is what the ratio prices.
 */
import { createServer } from "node:http";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import type { BenchFixture } from "./generate.ts";
import { dueSql, kpiGetSql, kpiListSql, myKpisSql, overviewSql, reviewSql } from "./raw-reads.ts";

/** node-postgres's default, which the app's Prisma adapter also uses. */
const POOL_SIZE = 10;

export const SQL_READS = ["kpi.list", "kpi.get", "dashboard.overview", "checkIn.due", "dashboard.mine", "review.briefing"] as const;
export type SqlRead = (typeof SQL_READS)[number];

function routes(pool: pg.Pool, fixture: BenchFixture): Record<SqlRead, (org: string | null) => Promise<unknown>> {
  const orgOf = (slug: string | null) => {
    const history = fixture.history.find((entry) => entry.slug === slug);
    return history ? { orgId: history.orgId, kpiId: history.kpiId } : { orgId: fixture.orgId, kpiId: fixture.fullKpiId };
  };
  return {
    "kpi.list": (org) => kpiListSql(pool, orgOf(org).orgId, fixture.today),
    "kpi.get": (org) => kpiGetSql(pool, orgOf(org).orgId, orgOf(org).kpiId),
    "dashboard.overview": (org) => overviewSql(pool, orgOf(org).orgId, fixture.today, fixture.weekStart),
    "checkIn.due": () => dueSql(pool, fixture.orgId, fixture.today, fixture.weekStart),
    "dashboard.mine": () => myKpisSql(pool, fixture.orgId, fixture.roles.manager.membershipId),
    "review.briefing": () => reviewSql(pool, fixture.orgId, fixture.reviewId),
  };
}

async function serve(): Promise<void> {
  const fixture = JSON.parse(readFileSync(process.env.BENCH_FIXTURE!, "utf8")) as BenchFixture;
  const pool = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: POOL_SIZE });
  const table = routes(pool, fixture);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const read = table[url.pathname.slice(1) as SqlRead];
    if (!read) {
      response.writeHead(404).end();
      return;
    }
    read(url.searchParams.get("org")).then(
      (answer) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer)),
      (error: unknown) => response.writeHead(500, { "content-type": "text/plain" }).end(String(error)),
    );
  });
  server.listen(Number(process.env.BENCH_SQL_PORT), "127.0.0.1", () => process.send?.("ready"));
  process.on("SIGTERM", () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}

/** Starts the server in a child process and answers its address once it listens. */
export async function startSqlServer(options: { databaseUrl: string; fixtureFile: string; port: number }): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, BENCH_DATABASE_URL: options.databaseUrl, BENCH_FIXTURE: options.fixtureFile, BENCH_SQL_PORT: String(options.port) },
  });
  await new Promise<void>((ready, fail) => {
    child.once("message", () => ready());
    child.once("exit", (code) => fail(new Error(`The raw-SQL server exited with ${code} before it listened.`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${options.port}`,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await serve();
