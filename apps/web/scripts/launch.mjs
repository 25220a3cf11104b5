// Starts Tally the way `pnpm start` and `pnpm dev` promise: applies the migrations, seeds the demo
// organization into the embedded database the first time, then serves the app.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(webDir, "../..");
const dev = process.argv.includes("--dev");

if (existsSync(join(root, ".env"))) process.loadEnvFile(join(root, ".env"));
const env = { ...process.env };
// An empty line in .env means "not set", as the apps' env checks read it.
for (const name of ["DATABASE_URL", "APP_URL", "PORT", "HOST", "DEV_MAILBOX"]) if (env[name] === "") delete env[name];
const embedded = !env.DATABASE_URL;
const port = env.PORT || "3000";
// The server builds the default address of mailed links (http://localhost:PORT) from it.
env.PORT = port;

// Mailed links (password resets, invitations) are built from APP_URL alone. A production server on PostgreSQL
// has no address it could safely guess, so it refuses to start without one (the server checks again).
if (!dev && !embedded && !env.APP_URL) {
  console.error("APP_URL is required in production on PostgreSQL: set it to the public address of the app (for example APP_URL=https://tally.example.com); links in mail are built from it.");
  process.exit(1);
}

// The development mailbox (/dev/mailbox) shows every mail with its links: on for `pnpm dev` unless DEV_MAILBOX=0.
if (dev && env.DEV_MAILBOX === undefined) env.DEV_MAILBOX = "1";

// The embedded database is a local trial seeded with a public demo password: it listens on this machine only
// unless HOST names another interface (HOST=0.0.0.0 for all).
const host = env.HOST || (embedded ? "127.0.0.1" : undefined);

if (embedded && !env.AUTH_SECRET) {
  // The embedded database is a local install: keep a generated secret beside it so sessions survive restarts.
  const secretFile = join(root, ".data", "auth-secret");
  if (!existsSync(secretFile)) {
    mkdirSync(dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}

function run(args) {
  const result = spawnSync("pnpm", args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(["--silent", "--filter", "@tally/db", "migrate"]);
// The demo organization belongs in a local trial, never silently in a production database.
if (embedded || env.SEED_DEMO === "1") run(["--silent", "--filter", "@tally/db", "seed", "--if-empty"]);

console.log(`\nTally is starting on http://localhost:${port} (${embedded ? "embedded database" : "PostgreSQL"}${host ? `, listening on ${host}` : ""}).\n`);
// Next runs as a direct child, with no package manager in between, so that a signal reaches it at once: on SIGTERM it
// stops accepting connections, finishes the requests in flight and exits (the server gives it at most 9 s).
const nextBin = createRequire(join(webDir, "package.json")).resolve("next/dist/bin/next");
// A larger young generation for the server: each request allocates a few hundred kilobytes that die young, and
// with V8's default 16 MB semi-space garbage collection took a fifth of the CPU of a KPI list under load (about
// 8 % more requests a second with 64 MB, for some 100 MB more memory). NODE_OPTIONS may set another size.
const heapFlags = dev || /--max-semi-space-size/.test(env.NODE_OPTIONS ?? "") ? [] : ["--max-semi-space-size=64"];
const nextArgs = [...heapFlags, nextBin, dev ? "dev" : "start", "--port", port, ...(host ? ["--hostname", host] : [])];
const server = spawn(process.execPath, nextArgs, { cwd: webDir, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
