import { Prisma, type PrismaClient } from "@tally/db";
import {
  checkRecords,
  countOutcomes,
  decimalSeparatorOf,
  describeImport,
  importDateFormat,
  settleOutcomes,
  todayIn,
  valueKey,
  type ImportKpi,
  type ImportRowResult,
  type ImportRules,
} from "@tally/domain";
import type { Actor } from "../actor";
import { textArray } from "../sql-arrays";
import { recordAudit } from "../audit";
import { domainError } from "../errors";
import { afterValuesChanged } from "../kpi/values-changed";
import { progressReporter } from "./progress";
import { readImportFile, type ImportFile } from "./read-file";
import { resolveImportKpis, type KpiLookup } from "./resolve-kpis";
import { loadStoredValues } from "./stored-values";
import type { ImportInput, ImportOptions, ImportResult } from "./types";
import { writeImportedValues } from "./write-values";

/** Long enough for the largest file on a slow machine; the KPIs it writes stay locked meanwhile. */
const COMMIT_TIMEOUT_MS = 180_000;
const COMMIT_MAX_WAIT_MS = 30_000;

function notAllowedFor(actor: Actor) {
  return (kpi: ImportKpi) =>
    actor.kind === "integration"
      ? `This API key may not record values for ${kpi.name}.`
      : `You may not record values for ${kpi.name}. Ask its owner to add you as a contributor.`;
}

/** The rows to compare with what is stored: the valid ones, and a calculated KPI's that may repeat its values. */
function rowsToCompare(rows: readonly ImportRowResult[]): ImportRowResult[] {
  return rows.filter((row) => row.outcome !== "error" || (row.error?.code === "calculated" && row.value !== null));
}

function settle(rows: readonly ImportRowResult[], stored: Awaited<ReturnType<typeof loadStoredValues>>): ImportRowResult[] {
  return settleOutcomes(rows, (kpiId, period) => stored.get(valueKey(kpiId, period)));
}

function resultOf(
  file: ImportFile,
  input: ImportInput,
  rules: ImportRules,
  lookup: KpiLookup,
  rows: ImportRowResult[],
  { dryRun, committed }: { dryRun: boolean; committed: boolean },
): ImportResult {
  const counts = countOutcomes(rows);
  const kpiIds = new Set(rows.map((row) => row.kpiId).filter((id): id is string => id !== null));
  return {
    dryRun,
    committed,
    file: { name: input.fileName ?? null, kind: file.kind, delimiter: file.delimiter, decimalSeparator: rules.decimalSeparator, dateExample: rules.dateFormat.example },
    counts,
    message: describeImport(counts, { dryRun, committed }),
    kpis: [...kpiIds].map((id) => lookup.byId(id)!).map((kpi) => ({ id: kpi.id, name: kpi.name, code: kpi.code, cadence: kpi.cadence })),
    rows,
  };
}

/**
 * Imports a file of values (CSV or Excel) for an actor — a member through the browser or an API key through the
 * REST API — with the same rules for both. A dry run reads and judges every row and says what would happen to
 * each; a commit does the same and then writes every row in one transaction, or none when any row has an error.
 * The file is read as it streams in, into compact records; KPIs are resolved and stored values read in a fixed
 * number of queries, and the values are written set-based. Importing the same file again changes nothing.
 */
export async function runImport(db: PrismaClient, actor: Actor, input: ImportInput, options: ImportOptions): Promise<ImportResult> {
  if (actor.kind === "integration" && actor.scope !== "read_write") {
    throw domainError("forbidden", "This API key may only read. Create a read-write key to import values.");
  }
  const report = progressReporter(options.onProgress);
  let bytesRead = 0;
  const file = await readImportFile(input, (total) => {
    bytesRead = total;
    report("reading", total, input.size ?? null);
  });
  report("reading", bytesRead, input.size ?? bytesRead, { force: true });

  const rules: ImportRules = {
    orgLocale: actor.orgLocale,
    decimalSeparator: input.decimalSeparator ?? decimalSeparatorOf(actor.orgLocale),
    dateFormat: importDateFormat(actor.orgLocale),
    weekStart: actor.weekStart,
    today: todayIn(actor.timeZone, options.now ?? new Date()),
    notAllowed: notAllowedFor(actor),
  };
  const total = file.records.length;
  report("checking", 0, total, { force: true });
  const lookup = await resolveImportKpis(db, actor, file.records.map((record) => record.kpi));
  const checked = checkRecords(file.records, (text) => lookup.find(text), rules);
  const refused = checked.some((row) => row.outcome === "error");

  if (options.dryRun || refused) {
    const rows = settle(checked, await loadStoredValues(db, actor.orgId, rowsToCompare(checked)));
    report("checking", total, total, { force: true });
    return resultOf(file, input, rules, lookup, rows, { dryRun: options.dryRun, committed: false });
  }

  const rows = await commitRows(db, actor, input, file, checked, report);
  return resultOf(file, input, rules, lookup, rows, { dryRun: false, committed: true });
}

/** A row written by another request between this import's check and its write: the unique index says so. */
export function isRaceForPeriod(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } })?.meta?.driverAdapterError?.cause;
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || cause?.originalCode === "23505");
}

type Report = ReturnType<typeof progressReporter>;

/** Inside the commit's transaction: lock, compare with what is stored now, write, and what follows a change. */
async function writeRows(tx: Prisma.TransactionClient, actor: Actor, input: ImportInput, file: ImportFile, checked: ImportRowResult[], report: Report): Promise<ImportRowResult[]> {
  const total = checked.length;
  const kpiIds = [...new Set(checked.map((row) => row.kpiId!))].sort();
  // Writers of one KPI queue behind its row (as manual check-ins do), so the values compared below are the
  // ones this transaction replaces. Sorted ids keep two imports from waiting on each other.
  await tx.$queryRaw`SELECT 1 FROM "Kpi" WHERE "orgId" = ${actor.orgId} AND "id" = ANY(${textArray(kpiIds)}::text[]) ORDER BY "id" FOR UPDATE`;
  const settled = settle(checked, await loadStoredValues(tx, actor.orgId, rowsToCompare(checked)));
  report("checking", total, total, { force: true });
  const writes = settled.filter((row) => row.outcome === "new" || row.outcome === "changed");
  if (!writes.length) return settled;
  report("writing", 0, writes.length, { force: true });
  await writeImportedValues(tx, actor, writes, {
    keepComments: file.records[0]!.comment === null,
    onRows: (written) => report("writing", written, writes.length, { force: written === writes.length }),
  });
  await afterValuesChanged(tx, actor, writes.map((row) => ({ kpiId: row.kpiId!, periodStart: row.period! })));
  const counts = countOutcomes(settled);
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorUserId: actor.kind === "member" ? actor.userId : null,
    action: "values.imported",
    targetType: "import",
    after: {
      file: input.fileName ?? null,
      rows: counts.rows,
      new: counts.new,
      changed: counts.changed,
      unchanged: counts.unchanged,
      kpis: new Set(writes.map((row) => row.kpiId)).size,
      ...(actor.kind === "integration" ? { apiKey: actor.apiKeyName } : {}),
    },
  });
  return settled;
}

/** The commit: every row in one transaction, or none. */
async function commitRows(db: PrismaClient, actor: Actor, input: ImportInput, file: ImportFile, checked: ImportRowResult[], report: Report): Promise<ImportRowResult[]> {
  try {
    return await db.$transaction((tx) => writeRows(tx, actor, input, file, checked, report), { timeout: COMMIT_TIMEOUT_MS, maxWait: COMMIT_MAX_WAIT_MS });
  } catch (error) {
    if (isRaceForPeriod(error)) throw domainError("conflict", "Someone recorded values for these KPIs while the file was being imported, so nothing was imported. Check the file again.");
    throw error;
  }
}
