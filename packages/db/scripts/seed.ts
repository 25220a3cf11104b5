// pnpm db:seed [--if-empty] — the demo organization with one login per role.
import { createPrismaClient, disconnectDb } from "../src/client";
import { DEMO_LOGINS, DEMO_ORGANIZATION, hasOrganizations, seedDemo } from "../src/seed";
import { runScript } from "./run";

const ifEmpty = process.argv.includes("--if-empty");

await runScript(async () => {
  const started = performance.now();
  const prisma = createPrismaClient();
  try {
    if (ifEmpty && (await hasOrganizations(prisma))) {
      console.log("Skipped seeding: the database already has an organization.");
      return;
    }
    await seedDemo(prisma);
    console.log(`Seeded "${DEMO_ORGANIZATION.name}" (/${DEMO_ORGANIZATION.slug}) in ${Math.round(performance.now() - started)} ms.`);
    console.log("Demo logins:");
    for (const login of DEMO_LOGINS) console.log(`  ${login.email.padEnd(22)} ${login.password}  (${login.role})`);
  } finally {
    await disconnectDb();
  }
});
