import { isDeepStrictEqual } from "node:util";
import { rest, type CookieJar } from "./client";
import type { TwinContext } from "./context";
import { createApiKey, createMonthlyKpi, monthStart } from "./setup";

/**
 * Rows that a batch of values for the KPI may write. The reminder and digest sweeps write jobs and
 * notifications of their own meanwhile, so those are counted for this KPI, or leaving out the sweeps' kinds.
 */
const COUNTS = {
  CheckIn: `SELECT count(*) FROM "CheckIn" WHERE "kpiId" = $1`,
  KpiStatusChange: `SELECT count(*) FROM "KpiStatusChange" WHERE "kpiId" = $1`,
  Notification: `SELECT count(*) FROM "Notification" WHERE "kpiId" = $1`,
  AuditEvent: `SELECT count(*) FROM "AuditEvent" WHERE $1::text IS NOT NULL`,
  Job: `SELECT count(*) FROM "Job" WHERE "kind" NOT IN ('periodic', 'notification-email') AND $1::text IS NOT NULL`,
  IdempotencyRecord: `SELECT count(*) FROM "IdempotencyRecord" WHERE $1::text IS NOT NULL`,
} as const;
const COUNTED_TABLES = Object.keys(COUNTS) as (keyof typeof COUNTS)[];

async function rowCounts(context: TwinContext, kpiId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const { rows } = await context.sql.query<{ count: string }>(COUNTS[table], [kpiId]);
    counts[table] = Number(rows[0]?.count);
  }
  return counts;
}

function describeDelta(before: Record<string, number>, after: Record<string, number>): string {
  const changed = COUNTED_TABLES.filter((table) => after[table] !== before[table]).map((table) => `${table} +${after[table]! - before[table]!}`);
  return changed.length ? changed.join(", ") : "no row written";
}

/**
 * Idempotency keys live in PostgreSQL: a batch posted to A and replayed to B answers A's answer and writes
 * nothing; the same key sent to both at once writes once.
 */
export async function checkIdempotency(context: TwinContext, adminJar: CookieJar): Promise<void> {
  const { a, b, report } = context;
  const kpiId = await createMonthlyKpi(context, adminJar, { name: "Batch replay probe", ownerEmail: "admin@acme.test", monthsBack: 13 });
  const secret = await createApiKey(context, adminJar, "Batch replay probe", "read_write");
  const batch = (from: number, to: number) => ({
    values: Array.from({ length: to - from + 1 }, (_, index) => ({ kpi: kpiId, date: monthStart(from + index), value: String(90 + from + index) })),
  });

  const key = `replay-${Date.now()}`;
  const before = await rowCounts(context, kpiId);
  const first = await rest(a.url, secret, "POST", "/values", { body: batch(1, 6), headers: { "idempotency-key": key } });
  const afterFirst = await rowCounts(context, kpiId);
  const replay = await rest(b.url, secret, "POST", "/values", { body: batch(1, 6), headers: { "idempotency-key": key } });
  const afterReplay = await rowCounts(context, kpiId);
  report.check(
    "batch on A, replayed on B",
    first.status === 200 &&
      afterFirst.CheckIn! - before.CheckIn! === 6 &&
      replay.status === 200 &&
      replay.headers.get("idempotent-replayed") === "true" &&
      isDeepStrictEqual(replay.body, first.body) &&
      isDeepStrictEqual(afterReplay, afterFirst),
    `A: ${first.status}, ${describeDelta(before, afterFirst)}; B: ${replay.status} Idempotent-Replayed ${replay.headers.get("idempotent-replayed")}, same body ${isDeepStrictEqual(replay.body, first.body)}, ${describeDelta(afterFirst, afterReplay)}`,
  );

  const reused = await rest(b.url, secret, "POST", "/values", { body: batch(1, 5), headers: { "idempotency-key": key } });
  const afterReused = await rowCounts(context, kpiId);
  const reusedType = (reused.body as { type?: string } | null)?.type ?? "";
  report.check(
    "the key with another body on B",
    reused.status === 422 && reusedType.endsWith("idempotency-key-reused") && isDeepStrictEqual(afterReused, afterReplay),
    `${reused.status} ${reusedType}, ${describeDelta(afterReplay, afterReused)}`,
  );

  const together = `together-${Date.now()}`;
  const beforeTogether = await rowCounts(context, kpiId);
  const answers = await Promise.all([a, b].map((instance) => rest(instance.url, secret, "POST", "/values", { body: batch(7, 12), headers: { "idempotency-key": together } })));
  const afterTogether = await rowCounts(context, kpiId);
  const retried = await rest(b.url, secret, "POST", "/values", { body: batch(7, 12), headers: { "idempotency-key": together } });
  report.check(
    "the same batch on A and B at once",
    answers.some((answer) => answer.status === 200) &&
      answers.every((answer) => answer.status === 200 || answer.status === 409) &&
      afterTogether.CheckIn! - beforeTogether.CheckIn! === 6 &&
      retried.status === 200,
    `answers ${answers.map((answer) => `${answer.status}${answer.headers.get("idempotent-replayed") ? " (replay)" : ""}`).join(" and ")}, ${describeDelta(beforeTogether, afterTogether)}; a retry on B: ${retried.status}`,
  );
}
