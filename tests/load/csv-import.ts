// pnpm --filter @tally/e2e load:csv-import — imports 100,000 CSV rows through the import service on a
// PostgreSQL database of its own: a dry run, the commit, and the same file again (every row unchanged).
import { createTestDatabase } from "@tally/db/testing";
import type { PrismaClient } from "@tally/db";
import { runImport, type ImportResult } from "@tally/api/imports";
import { addDays, todayIn } from "@tally/domain";
import { machineLoad } from "./support/machine.ts";

const KPIS = Number(process.env.CSV_IMPORT_KPIS ?? 200);
const ROWS = Number(process.env.CSV_IMPORT_ROWS ?? 100_000);
const CHUNK_BYTES = 64 * 1024;

type OrgActor = Parameters<typeof runImport>[1];

async function seed(db: PrismaClient): Promise<{ actor: OrgActor; codes: string[]; firstDay: string; days: number }> {
  const org = await db.organization.create({ data: { name: "Load Import Inc", slug: `load-import-${Date.now()}` }, select: { id: true, slug: true, name: true } });
  const user = await db.user.create({ data: { email: `load-import-${Date.now()}@example.test`, name: "Load Admin", passwordHash: "not-used" }, select: { id: true, name: true, email: true } });
  const membership = await db.membership.create({ data: { orgId: org.id, userId: user.id, role: "admin" }, select: { id: true } });
  const today = todayIn("UTC", new Date());
  const days = Math.ceil(ROWS / KPIS);
  const firstDay = addDays(today, -(days - 1));
  const codes = Array.from({ length: KPIS }, (_, index) => `K${String(index + 1).padStart(3, "0")}`);
  const start = new Date(`${firstDay}T00:00:00Z`);
  await db.kpi.createMany({
    data: codes.map((code) => ({
      orgId: org.id,
      id: `load_${code}`,
      name: `Load KPI ${code}`,
      activeName: `load kpi ${code.toLowerCase()}`,
      code,
      activeCode: code,
      category: "operational" as const,
      unit: "number" as const,
      decimals: 2,
      direction: "increase" as const,
      cadence: "daily" as const,
      startDate: start,
      ownerMembershipId: membership.id,
    })),
  });
  await db.kpiTarget.createMany({ data: codes.map((code) => ({ orgId: org.id, kpiId: `load_${code}`, effectiveFrom: start, target: "100", warning: "80" })) });
  const actor: OrgActor = {
    kind: "member",
    orgId: org.id,
    orgSlug: org.slug,
    orgName: org.name,
    currency: "USD",
    weekStart: 1,
    timeZone: "UTC",
    orgLocale: "en-US",
    locale: "en-US",
    userId: user.id,
    userName: user.name,
    userEmail: user.email,
    membershipId: membership.id,
    role: "admin",
  };
  return { actor, codes, firstDay, days };
}

/** The file as bytes: one row per KPI and day, a comment on every tenth. */
function generateCsv(codes: string[], firstDay: string, days: number): Uint8Array {
  const lines = ["kpi,date,value,comment"];
  let rows = 0;
  for (let day = 0; day < days && rows < ROWS; day += 1) {
    const date = addDays(firstDay, day);
    for (const code of codes) {
      if (rows === ROWS) break;
      const value = ((rows * 7919) % 100_000) / 100;
      lines.push(`${code},${date},${value},${rows % 10 === 0 ? `"checked, row ${rows}"` : ""}`);
      rows += 1;
    }
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

async function* stream(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.subarray(offset, offset + CHUNK_BYTES);
}

type Progress = Parameters<NonNullable<Parameters<typeof runImport>[3]["onProgress"]>>[0];

/** Runs one import; with CSV_IMPORT_VERBOSE=1 also prints when each phase (reading, checking, writing) began. */
async function timed(label: string, run: (onProgress: (progress: Progress) => void) => Promise<ImportResult>): Promise<{ seconds: number; result: ImportResult }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const phases: string[] = [];
  let phase = "";
  const result = await run((progress) => {
    if (progress.phase === phase) return;
    phase = progress.phase;
    phases.push(`${phase} from ${((performance.now() - started) / 1000).toFixed(2)} s`);
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (process.env.CSV_IMPORT_VERBOSE) console.error(`${label}: ${seconds.toFixed(2)} s, ${((used.user + used.system) / 1e6).toFixed(2)} s of this process's CPU (${phases.join(", ")})`);
  return { seconds, result };
}

function expectCounts(label: string, result: ImportResult, expected: Partial<ImportResult["counts"]>) {
  for (const [key, value] of Object.entries(expected)) {
    const actual = result.counts[key as keyof ImportResult["counts"]];
    if (actual !== value) throw new Error(`${label}: expected ${value} ${key} rows, got ${actual} (${result.message}).`);
  }
}

// LOAD_DATABASE_PREFIX names the database apart from the test suites' (pnpm bench runs this script on its own prefix).
const database = await createTestDatabase({ namePrefix: process.env.LOAD_DATABASE_PREFIX || undefined });
try {
  if (database.kind !== "postgresql") throw new Error("The import benchmark needs PostgreSQL (127.0.0.1:5432 or TEST_DATABASE_URL).");
  const db = database.prisma;
  const { actor, codes, firstDay, days } = await seed(db);
  const csv = generateCsv(codes, firstDay, days);
  const input = () => ({ body: stream(csv), fileName: "load.csv", contentType: "text/csv", size: csv.byteLength });

  const dryRun = await timed("dry run", (onProgress) => runImport(db, actor, input(), { dryRun: true, onProgress }));
  expectCounts("dry run", dryRun.result, { rows: ROWS, new: ROWS, error: 0 });
  const commit = await timed("commit", (onProgress) => runImport(db, actor, input(), { dryRun: false, onProgress }));
  expectCounts("commit", commit.result, { rows: ROWS, new: ROWS, error: 0 });
  const stored = await db.checkIn.count({ where: { orgId: actor.orgId, source: "import" } });
  if (stored !== ROWS) throw new Error(`The commit stored ${stored} values, not ${ROWS}.`);
  const again = await timed("re-import", (onProgress) => runImport(db, actor, input(), { dryRun: false, onProgress }));
  expectCounts("re-import", again.result, { rows: ROWS, unchanged: ROWS });

  console.log(`csv-import: ${ROWS} rows dry-run ${dryRun.seconds.toFixed(2)} s, commit ${commit.seconds.toFixed(2)} s`);
  console.log(`csv-import: ${ROWS} rows re-imported ${again.seconds.toFixed(2)} s, every row unchanged`);
  const load = machineLoad();
  console.log(`csv-import: ${KPIS} KPIs, ${(csv.byteLength / 1024 / 1024).toFixed(1)} MB file, dry run + commit ${(dryRun.seconds + commit.seconds).toFixed(2)} s (target ≤ 10 s, ${load})`);
} finally {
  await database.drop();
}
