// The server the browser tests drive: the production build on a fresh PostgreSQL database that exists
// only for this run, sending its mail to an SMTP server in this process that the specs can read.
import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startMailCatcher } from "./mail-catcher.mjs";
import { E2E_DATABASE, E2E_MAILBOX_PORT, E2E_PORT, adminDatabaseUrl, e2eDatabaseUrl } from "./settings.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

async function recreateDatabase() {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${E2E_DATABASE}`);
  await client.end();
}

async function dropDatabase() {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
  await client.end();
}

await recreateDatabase();
const mail = await startMailCatcher({ mailboxPort: E2E_MAILBOX_PORT });
const server = spawn("pnpm", ["--silent", "--filter", "@tally/web", "launch"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: e2eDatabaseUrl(),
    AUTH_SECRET: "e2e-secret-that-is-long-enough-for-auth-js-0123456789",
    PORT: String(E2E_PORT),
    APP_URL: `http://127.0.0.1:${E2E_PORT}`,
    SMTP_URL: mail.smtpUrl,
    // The demo organization gives the browser tests people of every role and KPIs of every kind.
    SEED_DEMO: "1",
    // Every browser of the suite signs up from 127.0.0.1; the per-address limits are tested in the API suite.
    SIGN_UP_LIMIT_PER_HOUR: "1000",
    SIGN_IN_LIMIT_PER_IP: "1000",
    // The webhook spec's receiver listens on 127.0.0.1, over plain http.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true",
    // The reminder spec waits for a sweep: every 15 seconds instead of every 5 minutes.
    REMINDER_SCHEDULE: "*/15 * * * * *",
  },
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
  await new Promise((done) => server.once("exit", done));
  await mail.stop();
  await dropDatabase().catch((error) => console.error("Could not drop the e2e database:", error.message));
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
server.on("exit", (code) => {
  if (!stopping) process.exit(code ?? 1);
});
