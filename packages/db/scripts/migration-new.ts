// pnpm db:migration:new <name> — writes the next migration from the schema diff.
import { relative } from "node:path";
import { createMigration } from "../src/migrations/create";
import { runScript } from "./run";

const name = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (!name) {
  console.error("Usage: pnpm db:migration:new <name>   (for example: pnpm db:migration:new add_kpis)");
  process.exit(2);
}

await runScript(async () => {
  const started = performance.now();
  const result = await createMigration(name);
  if (result.wroteLockfile) console.log("Wrote prisma/migrations/migration_lock.toml");
  if (result.path === null) {
    console.log("No changes: the schema matches the committed migrations.");
    return;
  }
  console.log(`Wrote ${relative(process.cwd(), result.path)} (${Math.round(performance.now() - started)} ms)`);
  console.log(result.sql);
});
