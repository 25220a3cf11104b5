// pnpm db:seed [--if-empty] — the demo organization with one login per role.
import { createPrismaClient, disconnectDb } from "../src/client";
import { DEMO_LOGINS, DEMO_ORGANIZATION, hasOrganizations, seedDemo } from "../src/seed";
import { runScript } from "./run";

const ifEmpty = process.argv.includes("--if-empty");

function printDemoLogins(): void {
  console.log(`Demo organization "${DEMO_ORGANIZATION.name}" (/${DEMO_ORGANIZATION.slug}). Sign in with:`);
  for (const login of DEMO_LOGINS) console.log(`  ${login.email.padEnd(22)} ${login.password}  (${login.role})`);
}

await runScript(async () => {
  const started = performance.now();
  const prisma = createPrismaClient();
  try {
    if (ifEmpty && (await hasOrganizations(prisma))) {
      const demo = await prisma.organization.findUnique({ where: { slug: DEMO_ORGANIZATION.slug }, select: { id: true } });
      if (demo) printDemoLogins();
      else console.log("Skipped seeding: the database already has organizations.");
      return;
    }
    await seedDemo(prisma);
    console.log(`Seeded the demo organization in ${Math.round(performance.now() - started)} ms.`);
    printDemoLogins();
  } finally {
    await disconnectDb();
  }
});
