import { randomBytes } from "node:crypto";
import type { Prisma } from "@tally/db";
import type { ImportRowResult } from "@tally/domain";
import { recorderOf, type Actor } from "../actor";
import { textArray } from "../sql-arrays";

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

const ROWS_PER_STATEMENT = 10_000;

/**
 * Ids for the rows one statement inserts, like Prisma's cuids: "c", the time, a random part, then the row's
 * place in the statement. Ids of one statement ascend, so the primary-key index takes them at its right edge
 * instead of at random places (a random id per row cost a quarter of the insert), and the random part keeps
 * two statements apart.
 */
function idPrefix(): string {
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const random = BigInt(`0x${randomBytes(6).toString("hex")}`).toString(36).padStart(9, "0").slice(-9);
  return `c${time}${random}`;
}

/**
 * Writes the new and changed rows of an import, set-based, per 10,000 rows: the changed rows' current values
 * are kept as revisions and then updated in one statement each, the new rows are inserted in one more. Runs
 * inside the caller's transaction after the KPIs are locked: every writer of check-ins locks the KPI first, so
 * the rows read as new are still new here (a row that appeared anyway breaks the unique index, and the whole
 * import is rolled back rather than half written).
 */
export async function writeImportedValues(
  tx: Writer,
  actor: Actor,
  rows: readonly ImportRowResult[],
  { keepComments, onRows }: { keepComments: boolean; onRows: (written: number) => void },
): Promise<void> {
  const recorder = recorderOf(actor, "import");
  let written = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const part = rows.slice(start, start + ROWS_PER_STATEMENT);
    const changed = part.filter((row) => row.outcome === "changed");
    const added = part.filter((row) => row.outcome === "new");
    if (changed.length) {
      const kpiIds = textArray(changed.map((row) => row.kpiId));
      const periods = textArray(changed.map((row) => row.period));
      await tx.$executeRaw`
        INSERT INTO "CheckInRevision" ("orgId", "id", "checkInId", "value", "comment", "recordedByMembershipId", "source", "apiKeyId", "recordedAt", "replacedAt")
        SELECT c."orgId", ${idPrefix()} || lpad(u.n::text, 6, '0'), c."id", c."value", c."comment", c."recordedByMembershipId", c."source", c."apiKeyId", c."updatedAt", now()
        FROM unnest(${kpiIds}::text[], ${periods}::date[]) WITH ORDINALITY AS u(kpi_id, period, n)
        JOIN "CheckIn" c ON c."orgId" = ${actor.orgId} AND c."kpiId" = u.kpi_id AND c."periodStart" = u.period`;
      await tx.$executeRaw`
        UPDATE "CheckIn" c SET
          "value" = u.value,
          "comment" = CASE WHEN ${keepComments} THEN c."comment" ELSE coalesce(u.comment, '') END,
          "recordedByMembershipId" = ${recorder.recordedByMembershipId}::text,
          "source" = ${recorder.source}::"CheckInSource",
          "apiKeyId" = ${recorder.apiKeyId}::text,
          "updatedAt" = now()
        FROM unnest(${kpiIds}::text[], ${periods}::date[], ${textArray(changed.map((row) => row.value))}::numeric[], ${textArray(changed.map((row) => row.comment))}::text[]) AS u(kpi_id, period, value, comment)
        WHERE c."orgId" = ${actor.orgId} AND c."kpiId" = u.kpi_id AND c."periodStart" = u.period`;
    }
    if (added.length) {
      await tx.$executeRaw`
        INSERT INTO "CheckIn" ("orgId", "id", "kpiId", "periodStart", "value", "comment", "recordedByMembershipId", "source", "apiKeyId", "createdAt", "updatedAt")
        SELECT ${actor.orgId}::text, ${idPrefix()} || lpad(u.n::text, 6, '0'), u.kpi_id, u.period, u.value, coalesce(u.comment, ''), ${recorder.recordedByMembershipId}::text, ${recorder.source}::"CheckInSource", ${recorder.apiKeyId}::text, now(), now()
        FROM unnest(${textArray(added.map((row) => row.kpiId))}::text[], ${textArray(added.map((row) => row.period))}::date[], ${textArray(added.map((row) => row.value))}::numeric[], ${textArray(added.map((row) => row.comment))}::text[]) WITH ORDINALITY AS u(kpi_id, period, value, comment, n)`;
    }
    written += part.length;
    onRows(written);
  }
}
