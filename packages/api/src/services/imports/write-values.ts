import { Prisma } from "@tally/db";
import type { ImportRowResult } from "@tally/domain";
import { recorderOf, type Actor } from "../actor";
import { textArray } from "../sql-arrays";

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

const ROWS_PER_STATEMENT = 10_000;

// An opaque id like Prisma's cuids (a letter, then 24 characters), made by the database for rows it inserts in bulk.
const NEW_ID_SQL = Prisma.raw("'c' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 24)");

/**
 * Writes the new and changed rows of an import, set-based: per 10,000 rows one statement keeps the replaced
 * values as revisions and one upsert writes the values, touching only rows whose value (or comment) differs.
 * Runs inside the caller's transaction, after the KPIs are locked. `onRows` hears how many rows are written.
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
    if (changed.length) {
      await tx.$executeRaw`
        INSERT INTO "CheckInRevision" ("orgId", "id", "checkInId", "value", "comment", "recordedByMembershipId", "source", "apiKeyId", "recordedAt", "replacedAt")
        SELECT c."orgId", ${NEW_ID_SQL}, c."id", c."value", c."comment", c."recordedByMembershipId", c."source", c."apiKeyId", c."updatedAt", now()
        FROM unnest(${textArray(changed.map((row) => row.kpiId))}::text[], ${textArray(changed.map((row) => row.period))}::date[]) AS u(kpi_id, period)
        JOIN "CheckIn" c ON c."orgId" = ${actor.orgId} AND c."kpiId" = u.kpi_id AND c."periodStart" = u.period`;
    }
    await tx.$executeRaw`
      INSERT INTO "CheckIn" ("orgId", "id", "kpiId", "periodStart", "value", "comment", "recordedByMembershipId", "source", "apiKeyId", "createdAt", "updatedAt")
      SELECT ${actor.orgId}::text, ${NEW_ID_SQL}, u.kpi_id, u.period, u.value, coalesce(u.comment, ''), ${recorder.recordedByMembershipId}::text, ${recorder.source}::"CheckInSource", ${recorder.apiKeyId}::text, now(), now()
      FROM unnest(${textArray(part.map((row) => row.kpiId))}::text[], ${textArray(part.map((row) => row.period))}::date[], ${textArray(part.map((row) => row.value))}::numeric[], ${textArray(part.map((row) => row.comment))}::text[]) AS u(kpi_id, period, value, comment)
      ON CONFLICT ("orgId", "kpiId", "periodStart") DO UPDATE SET
        "value" = EXCLUDED."value",
        "comment" = CASE WHEN ${keepComments} THEN "CheckIn"."comment" ELSE EXCLUDED."comment" END,
        "recordedByMembershipId" = EXCLUDED."recordedByMembershipId",
        "source" = EXCLUDED."source",
        "apiKeyId" = EXCLUDED."apiKeyId",
        "updatedAt" = now()
      WHERE "CheckIn"."value" <> EXCLUDED."value" OR (NOT ${keepComments} AND "CheckIn"."comment" <> EXCLUDED."comment")`;
    written += part.length;
    onRows(written);
  }
}
