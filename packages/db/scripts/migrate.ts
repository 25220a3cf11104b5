// pnpm db:migrate — applies committed migrations to DATABASE_URL, or to the embedded folder.
import { migrateDatabase } from "../src/migrate";
import { runScript } from "./run";

await runScript(async () => {
  const started = performance.now();
  const { appliedMigrationNames, target } = await migrateDatabase();
  const elapsed = `${Math.round(performance.now() - started)} ms`;
  if (appliedMigrationNames.length === 0) {
    console.log(`${target}: already up to date (${elapsed})`);
  } else {
    console.log(`${target}: applied ${appliedMigrationNames.length} migration(s) in ${elapsed}`);
    for (const name of appliedMigrationNames) console.log(`  ${name}`);
  }
});
