// Starts Tally the way `pnpm start` and `pnpm dev` promise: applies the migrations, seeds the demo
// organization into the embedded database the first time, then serves the app.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(webDir, "../..");
const dev = process.argv.includes("--dev");

if (existsSync(join(root, ".env"))) process.loadEnvFile(join(root, ".env"));
const env = { ...process.env };
const embedded = !env.DATABASE_URL;
const port = env.PORT || "3000";

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

console.log(`\nTally is starting on http://localhost:${port} (${embedded ? "embedded database" : "PostgreSQL"}).\n`);
const server = spawn("pnpm", ["exec", "next", dev ? "dev" : "start", "--port", port], { cwd: webDir, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
