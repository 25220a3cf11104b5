// Two Tally instances behind nginx on one PostgreSQL: sessions, rate limits, idempotency keys, reminders and
// jobs must behave as if there were one server. Prints each check; exits 1 if any failed.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startBalancer, type Balancer } from "./two-instances/balancer";
import type { TwinContext } from "./two-instances/context";
import { checkIdempotency } from "./two-instances/idempotency";
import { launchInstance, type Instance } from "./two-instances/instances";
import { checkJobs } from "./two-instances/jobs";
import { startInstanceMailbox, type InstanceMailbox } from "./two-instances/mail";
import { checkRateLimits } from "./two-instances/rate-limits";
import { checkReminders } from "./two-instances/reminders";
import { Report } from "./two-instances/report";
import { checkSessions } from "./two-instances/sessions";
import { createMonthlyKpi } from "./two-instances/setup";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const basePort = Number(process.env.TWO_INSTANCES_PORT ?? 3400);
const database = process.env.TWO_INSTANCES_DATABASE ?? "tally_twin_instances";
if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`TWO_INSTANCES_DATABASE must be a plain lower-case name, not "${database}".`);
const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432");
const databaseUrl = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
// Sweeps every 3 seconds instead of every 5 minutes; budgets small enough to run out in a few requests.
const reminderSchedule = process.env.TWO_INSTANCES_REMINDER_SCHEDULE ?? "*/3 * * * * *";
const limits = { signInPerIp: 12, signInPerAccount: 10, apiPerMinute: 20 };

async function onAdminDatabase(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl("postgres") });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Refuses to start beside servers that already hold the ports: the checks would talk to them instead. */
async function assertPortsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    const taken = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      (error: unknown) => !(error instanceof TypeError && /ECONNREFUSED/.test(String((error as { cause?: unknown }).cause))),
    );
    if (taken) throw new Error(`Port ${port} is in use; stop what listens there or set TWO_INSTANCES_PORT to another base port.`);
  }
}

const report = new Report();
const workDir = mkdtempSync(join(tmpdir(), "tally-two-instances-"));
// nginx runs as nobody when this runs as root, and needs to reach its directory inside.
chmodSync(workDir, 0o755);
const runStarted = performance.now();
const cleanups: (() => Promise<void>)[] = [];
let sql: pg.Client | undefined;

let cleaning: Promise<void> | undefined;

/** Stops everything the run started, once, whether the run ends or is interrupted. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await sql?.end().catch(() => undefined);
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(`two-instances: cleanup failed: ${String(error)}`));
  })();
  return cleaning;
}

// The instances run in sessions of their own: an interrupted run stops them rather than leaving them serving.
// A second signal (a package runner passing Ctrl-C on as SIGTERM) must not cut that short.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.log(`two-instances: ${signal}, stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await assertPortsFree([0, 1, 2, 3, 4].map((offset) => basePort + offset));
  await onAdminDatabase(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await onAdminDatabase(`CREATE DATABASE ${database}`);
  cleanups.push(() => onAdminDatabase(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));

  const mailA: InstanceMailbox = await startInstanceMailbox(basePort + 3);
  const mailB: InstanceMailbox = await startInstanceMailbox(basePort + 4);
  cleanups.push(() => mailA.stop(), () => mailB.stop());

  const shared = {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl(database),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_URL: `http://127.0.0.1:${basePort}`,
    TRUST_PROXY_HOPS: "1",
    SEED_DEMO: "1",
    REMINDER_SCHEDULE: reminderSchedule,
    SIGN_IN_LIMIT_PER_IP: String(limits.signInPerIp),
    API_RATE_LIMIT_PER_MINUTE: String(limits.apiPerMinute),
  };
  console.log(`two-instances: starting A on ${basePort + 1} and B on ${basePort + 2} at once (each migrates and seeds), database ${database}`);
  const a = launchInstance({ name: "A", port: basePort + 1, root, logDir: workDir, env: { ...shared, SMTP_URL: mailA.smtpUrl } });
  const b = launchInstance({ name: "B", port: basePort + 2, root, logDir: workDir, env: { ...shared, SMTP_URL: mailB.smtpUrl } });
  cleanups.push(() => a.stop(), () => b.stop());
  const outcomes = await Promise.allSettled([a.ready, b.ready]);
  const bothReady = outcomes.every((outcome) => outcome.status === "fulfilled");
  report.check(
    "both start at once on one empty database",
    bothReady,
    outcomes.map((outcome, index) => (outcome.status === "fulfilled" ? `${"AB"[index]} ready after ${(outcome.value / 1000).toFixed(1)} s` : String(outcome.reason))).join(", "),
  );
  if (!bothReady) throw new Error("An instance did not start.");

  const balancer: Balancer = await startBalancer({ dir: join(workDir, "nginx"), port: basePort, nginx: process.env.NGINX ?? "nginx", upstreams: [a, b].map((instance: Instance) => new URL(instance.url).host) });
  cleanups.push(() => balancer.stop());
  console.log(`two-instances: nginx on ${balancer.url} in front of both`);

  sql = new pg.Client({ connectionString: databaseUrl(database) });
  await sql.connect();
  const context: TwinContext = { a, b, balancer, sql, report, orgSlug: "acme", password: "tally-demo-2026", limits };

  const adminJar = await checkSessions(context);
  // Created first, so that the sweeps find it while the other checks run.
  const reminderKpi = await createMonthlyKpi(context, adminJar, { name: "Reminder probe", ownerEmail: "manager@acme.test", monthsBack: 3 });
  await checkRateLimits(context, adminJar);
  await checkIdempotency(context, adminJar);
  await checkReminders(context, reminderKpi, { a: mailA, b: mailB });
  await checkJobs(context);
} catch (error) {
  report.check("run", false, error instanceof Error ? error.message : String(error));
} finally {
  await cleanUp();
}

if (interrupted) await new Promise(() => undefined);
const failures = report.failures;
const seconds = ((performance.now() - runStarted) / 1000).toFixed(1);
console.log(`two-instances: ${report.results.length - failures.length} of ${report.results.length} checks passed in ${seconds} s`);
if (failures.length) {
  console.log(`two-instances: logs kept in ${workDir}`);
  process.exit(1);
}
rmSync(workDir, { recursive: true, force: true });
