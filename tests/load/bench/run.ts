/**
 * `pnpm bench`: generates the big organization on a PostgreSQL database of its own, starts the production build on
 * it, signs in through the credentials flow and measures every signed-in read with autocannon next to the raw SQL
 * that answers the same question, then ten times the history, the write path and the CSV import. Prints one table
 * with the goals of the performance issue marked; a missed goal is reported, not failed. Any answer outside 2xx, or a
 * read whose answer is empty or wrong, fails the run.
 *
 * BENCH_SMOKE=1 (`pnpm --filter @tally/e2e bench:smoke`) runs the same on a tiny organization for one second a read:
 * the check that keeps the suite working, not a measurement.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { addDays, currentPeriodStart } from "@tally/domain";
import { createMigratedDatabase } from "../support/database.ts";
import { machineLoad } from "../support/machine.ts";
import { assertBuilt, startAppServer, type AppServer } from "./app-server.ts";
import { generateBenchData, type BenchFixture } from "./generate.ts";
import { measure, type Measured } from "./measure.ts";
import { benchReads, historyReads, type Read } from "./reads.ts";
import { signIn } from "./sign-in.ts";
import { benchSizes } from "./sizes.ts";
import { startSqlServer } from "./sql-server.ts";

const smoke = process.env.BENCH_SMOKE === "1";
const sizes = benchSizes(Number(process.env.BENCH_SCALE ?? (smoke ? 0.01 : 1)));
const SECONDS = Number(process.env.BENCH_SECONDS ?? (smoke ? 1 : 10));
const WARM_UP_SECONDS = smoke ? 0 : 2;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BATCH_VALUES = 1_000;
/** The goals of the performance issue, as ratios of req/s to the reference. */
const GOALS: Record<string, number> = {
  "account.me (reads nothing)": 0.6,
  "kpi.list page 1": 0.35,
  "kpi.get (156 values)": 0.25,
  "dashboard.overview": 0.15,
  "page /acme": 0.6,
  "page /acme/kpis": 0.6,
};
const HISTORY_GOAL = 1.2;

const problems: string[] = [];
const lines: string[] = [];
const say = (line = "") => {
  lines.push(line);
  console.log(line);
};
const loadSamples: number[] = [];
const noteLoad = () => loadSamples.push(Number(/load average ([\d.]+)/.exec(machineLoad())![1]));

async function answerOf(url: string, cookie: string | null, check: Read["check"], label: string): Promise<void> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  const body = await response.text();
  if (response.status !== 200) problems.push(`${label}: answered ${response.status}: ${body.slice(0, 300)}`);
  else {
    const wrong = check(body);
    if (wrong) problems.push(`${label}: ${wrong}`);
  }
}

function timed(label: string, measured: Measured) {
  if (measured.failures > 0) problems.push(`${label}: ${measured.failures} of ${measured.requests} requests failed (non-2xx, error or timeout)`);
  noteLoad();
  return measured;
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** Requests a second, with a decimal where a whole number would hide differences. */
const rate = (value: number) => num(value, value < 10 ? 1 : 0);

async function benchReadsTable(app: AppServer, sqlBaseUrl: string, fixture: BenchFixture, cookies: Record<"admin" | "manager", string>) {
  const reads = benchReads(fixture);
  for (const read of reads) await answerOf(`${app.baseUrl}${read.path}`, read.as ? cookies[read.as] : null, read.check, read.name);
  for (const read of reads) {
    if (read.reference.kind === "sql") await answerOf(`${sqlBaseUrl}/${read.reference.read}`, null, (body) => (body.length > 2 ? null : "empty"), `raw SQL for ${read.name}`);
  }
  if (problems.length) return;

  // The smoke run only needs every read to answer: it measures nothing longer.
  const options = { seconds: SECONDS, connections: CONNECTIONS, warmUpSeconds: WARM_UP_SECONDS, measureSlowReadsLonger: !smoke };
  const app_: Record<string, Measured> = {};
  const sql: Record<string, Measured> = {};
  for (const read of reads) {
    app_[read.name] = timed(read.name, await measure({ url: `${app.baseUrl}${read.path}`, headers: read.as ? { cookie: cookies[read.as] } : {} }, options));
    if (read.reference.kind === "sql") sql[read.name] = timed(`raw SQL for ${read.name}`, await measure({ url: `${sqlBaseUrl}/${read.reference.read}` }, options));
  }

  say();
  say(`Reads, ${CONNECTIONS} connections, ${SECONDS} s each after ${WARM_UP_SECONDS} s of warm-up (ratio = req/s ÷ the reference's req/s)`);
  say();
  say(`| ${pad("read", 30)} | req/s | p50 ms | p99 ms | ${pad("reference", 26)} | ref req/s | ref p50 | ratio | goal |`);
  say(`|${"-".repeat(32)}|------:|-------:|-------:|${"-".repeat(28)}|----------:|--------:|------:|------|`);
  for (const read of reads) {
    const own = app_[read.name]!;
    const reference = read.reference.kind === "sql" ? sql[read.name] : read.reference.kind === "read" ? app_[read.reference.name] : undefined;
    const referenceName = read.reference.kind === "sql" ? "raw SQL" : read.reference.kind === "read" ? read.reference.name : "–";
    const ratio = reference ? own.requestsPerSecond / reference.requestsPerSecond : null;
    const goal = GOALS[read.name.replace(fixture.orgSlug, "acme")];
    const goalMark = goal === undefined || ratio === null ? "" : `${ratio >= goal ? "pass" : "FAIL"} ≥ ${num(goal * 100)} %`;
    const longer = [own, reference].filter((measured) => measured && measured.seconds > SECONDS).length ? ` (measured ${Math.max(own.seconds, reference?.seconds ?? 0)} s: slow)` : "";
    const mark = `${goalMark}${longer}`;
    say(
      `| ${pad(read.name, 30)} | ${rate(own.requestsPerSecond).padStart(5)} | ${num(own.p50).padStart(6)} | ${num(own.p99).padStart(6)} | ${pad(referenceName, 26)} | ${reference ? rate(reference.requestsPerSecond).padStart(9) : "–".padStart(9)} | ${reference ? num(reference.p50).padStart(7) : "–".padStart(7)} | ${ratio === null ? "–".padStart(5) : `${num(ratio * 100)} %`.padStart(5)} | ${mark} |`,
    );
  }
}

async function historyTable(app: AppServer, fixture: BenchFixture) {
  const cookies = new Map<string, string>();
  for (const entry of fixture.history) cookies.set(entry.slug, await signIn(app.baseUrl, entry.admin.email, fixture.password));
  const reads = historyReads(fixture);
  for (const read of reads) await answerOf(`${app.baseUrl}${read.path}`, cookies.get(read.slug)!, read.check, `${read.name} on ${read.slug}`);
  if (problems.length) return;
  const measured = new Map<string, Measured>();
  for (const read of reads) {
    measured.set(`${read.name} ${read.slug}`, timed(`${read.name} on ${read.slug}`, await measure({ url: `${app.baseUrl}${read.path}`, headers: { cookie: cookies.get(read.slug)! } }, { seconds: SECONDS, connections: CONNECTIONS, warmUpSeconds: WARM_UP_SECONDS, measureSlowReadsLonger: !smoke })));
  }
  const [base, deep] = fixture.history;
  say();
  say(`Ten times the history: ${base!.slug} (${base!.checkIns} values a KPI) against ${deep!.slug} (${deep!.checkIns}), same KPIs otherwise`);
  say();
  say(`| ${pad("read", 20)} | p50 ×1 | p50 ×10 | latency ×10 ÷ ×1 | req/s ×1 | req/s ×10 | goal |`);
  say(`|${"-".repeat(22)}|-------:|--------:|-----------------:|---------:|----------:|------|`);
  for (const name of ["kpi.get", "kpi.list page 1", "dashboard.overview"]) {
    const one = measured.get(`${name} ${base!.slug}`)!;
    const ten = measured.get(`${name} ${deep!.slug}`)!;
    // Mean latency at a fixed number of connections is connections ÷ req/s: steadier than a 1-ms-resolution p50.
    const growth = one.requestsPerSecond / ten.requestsPerSecond;
    say(
      `| ${pad(name, 20)} | ${num(one.p50).padStart(6)} | ${num(ten.p50).padStart(7)} | ${`${num(growth, 2)} ×`.padStart(16)} | ${rate(one.requestsPerSecond).padStart(8)} | ${rate(ten.requestsPerSecond).padStart(9)} | ${growth <= HISTORY_GOAL ? "pass" : "FAIL"} ≤ ${HISTORY_GOAL} × |`,
    );
  }
}

/** 1,000 values through POST /api/v1/values, new and then corrected, against one upsert statement of the same values. */
async function writePath(app: AppServer, fixture: BenchFixture, databaseUrl: string) {
  const kpis = Object.values(fixture.kpisOf).flat().sort();
  const current = currentPeriodStart(fixture.today, "weekly", fixture.weekStart);
  const entries = Array.from({ length: BATCH_VALUES }, (_, index) => ({
    kpi: kpis[index % kpis.length]!,
    date: addDays(current, -7 * Math.floor(index / kpis.length)),
  }));
  const send = async (label: string, value: (index: number) => string) => {
    const started = performance.now();
    const response = await fetch(`${app.baseUrl}/api/v1/values`, {
      method: "POST",
      headers: { authorization: `Bearer ${fixture.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ values: entries.map((entry, index) => ({ ...entry, value: value(index) })) }),
    });
    const ms = performance.now() - started;
    const body = await response.text();
    if (response.status !== 200) problems.push(`batch (${label}): answered ${response.status}: ${body.slice(0, 300)}`);
    else if ((JSON.parse(body) as { recorded?: number }).recorded !== BATCH_VALUES) problems.push(`batch (${label}): ${body.slice(0, 300)}`);
    return ms;
  };
  const first = await send("first", (index) => String(90 + (index % 20)));
  const corrected = await send("corrected", (index) => String(91 + (index % 20)));

  // The same values as one upsert statement, into the week after (then removed again), through `pg`.
  const raw = new pg.Client({ connectionString: databaseUrl });
  await raw.connect();
  let sqlMs = 0;
  try {
    const rows = entries.map((entry) => ({ kpi: entry.kpi, date: addDays(entry.date, 7) }));
    const started = performance.now();
    await raw.query(
      `INSERT INTO "CheckIn" ("orgId", "id", "kpiId", "periodStart", "value", "recordedByMembershipId", "source", "updatedAt")
       SELECT $1, 'raw-' || r.kpi || r.period, r.kpi, r.period::date, 100, $2, 'api', now() FROM unnest($3::text[], $4::text[]) AS r(kpi, period)
       ON CONFLICT ("orgId", "kpiId", "periodStart") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()`,
      [fixture.orgId, fixture.roles.admin.membershipId, rows.map((row) => row.kpi), rows.map((row) => row.date)],
    );
    sqlMs = performance.now() - started;
    await raw.query(`DELETE FROM "CheckIn" WHERE "orgId" = $1 AND "id" LIKE 'raw-%'`, [fixture.orgId]);
  } finally {
    await raw.end();
  }
  noteLoad();
  say();
  say(`Write path: ${BATCH_VALUES} values in one POST /api/v1/values (one transaction of recordCheckIns: every value judged, the KPIs' latest values and status timelines derived again)`);
  say(`  new values: ${num(first)} ms (${num(BATCH_VALUES / (first / 1000))} values/s); the same values corrected: ${num(corrected)} ms; one raw upsert statement: ${num(sqlMs)} ms`);
}

function csvImport(): Promise<void> {
  const script = resolve(dirname(fileURLToPath(import.meta.url)), "../csv-import.ts");
  const env = { ...process.env, LOAD_DATABASE_PREFIX: process.env.BENCH_DATABASE_PREFIX ?? "tally_bench", ...(smoke ? { CSV_IMPORT_ROWS: "2000", CSV_IMPORT_KPIS: "20" } : {}) };
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], { env, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      say();
      say("CSV import (tests/load/csv-import.ts, on a database of its own):");
      for (const line of output.trim().split("\n")) say(`  ${line}`);
      if (code !== 0) problems.push(`the CSV import benchmark exited with ${code}`);
      done();
    });
  });
}

assertBuilt();
const started = performance.now();
console.log(`bench: ${smoke ? "smoke run" : "full run"} at scale ${sizes.scale}; ${machineLoad()}`);
const database = await createMigratedDatabase(process.env.BENCH_DATABASE_PREFIX ?? "tally_bench");
const workDir = mkdtempSync(join(tmpdir(), "tally-bench-"));
let app: AppServer | undefined;
let sqlServer: Awaited<ReturnType<typeof startSqlServer>> | undefined;
try {
  const fixture = await generateBenchData(database.url, sizes);
  const fixtureFile = join(workDir, "fixture.json");
  writeFileSync(fixtureFile, JSON.stringify(fixture));
  // The reads are measured without the reminder sweep: its first run over the generated organization queues about
  // 10,000 reminder mails, and whichever reads it overlapped would pay for them. The soak keeps it.
  app = await startAppServer({ databaseUrl: database.url, port: PORT, env: { REMINDER_SCHEDULE: "0 0 1 1 *" } });
  sqlServer = await startSqlServer({ databaseUrl: database.url, fixtureFile, port: PORT + 1 });
  console.log(`bench: server ready after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const cookies = { admin: await signIn(app.baseUrl, fixture.roles.admin.email, fixture.password), manager: await signIn(app.baseUrl, fixture.roles.manager.email, fixture.password) };

  say();
  say(
    `Organization ${fixture.orgSlug}: ${num(sizes.kpis)} weekly KPIs, ${num(fixture.checkIns.big)} check-ins; ${num(fixture.checkIns.withNeighbours)} with its ${sizes.neighbours} neighbours (${num(fixture.checkIns.all)} with the two history organizations)`,
  );
  await benchReadsTable(app, sqlServer.baseUrl, fixture, cookies);
  if (!problems.length) await historyTable(app, fixture);
  if (!problems.length) await writePath(app, fixture, database.url);
  await app.stop();
  app = undefined;
  if (!problems.length) await csvImport();
  say();
  say(`Load average during the measurements: ${num(Math.min(...loadSamples), 1)} to ${num(Math.max(...loadSamples), 1)} (${machineLoad()} at the end); whole run ${num((performance.now() - started) / 1000)} s`);
} finally {
  await app?.stop();
  await sqlServer?.stop();
  await database.drop();
  rmSync(workDir, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`\nbench: ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(1);
}
console.log(`bench: every read answered 2xx with the expected content${smoke ? " (smoke run: the figures above are not measurements)" : ""}`);
