import { ImportFileError, importFileErrorStatus, runImport, type ImportResult } from "../../services/imports";
import type { Endpoint } from "../endpoint";
import { problemFromError, RestProblem, type ProblemKind } from "../problem";
import { responsesFor } from "../responses";
import { idempotencyHeaderSchema, problemSchema } from "../schemas/common";
import { importBodySchema, importQuerySchema, importResultSchema } from "../schemas/import";
import { parseParameters, queryOf } from "../validate";

/** How many refused rows a failed commit lists in `errors`; every row is in `import.rows`. */
const LISTED_ROW_ERRORS = 100;
const CHUNK_BYTES = 64 * 1024;

function importToWire(result: ImportResult) {
  return {
    dry_run: result.dryRun,
    committed: result.committed,
    file: { kind: result.file.kind, delimiter: result.file.delimiter, decimal_separator: result.file.decimalSeparator, date_example: result.file.dateExample },
    counts: result.counts,
    message: result.message,
    kpis: result.kpis,
    rows: result.rows.map((row) => ({
      line: row.line,
      kpi: row.kpiText,
      kpi_id: row.kpiId,
      period_start: row.period,
      outcome: row.outcome,
      value: row.value,
      previous_value: row.previousValue,
      comment: row.comment,
      previous_comment: row.previousComment,
      error: row.error,
    })),
  };
}

/** The body already read within its bound, handed to the import in slices as a stream would be. */
async function* chunksOf(body: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < body.byteLength; offset += CHUNK_BYTES) yield body.subarray(offset, offset + CHUNK_BYTES);
}

const FILE_PROBLEM_KINDS: Record<400 | 413 | 415, ProblemKind> = { 400: "bad-request", 413: "payload-too-large", 415: "unsupported-media-type" };

const importRefusedSchema = problemSchema
  .extend({ import: importResultSchema })
  .meta({ id: "ImportRefused", description: "A problem whose `errors` name refused lines of the file (up to 100), with the full import answer." });

export const importEndpoint: Endpoint = {
  method: "POST",
  path: "/imports",
  body: "csv",
  writes: true,
  operation: {
    operationId: "importValues",
    summary: "Import a CSV file",
    description:
      "The file import of the app, for machines: columns kpi (code, id or exact name), date (ISO or the organization's date order), value and optionally comment. A dry run says for every row whether it is new, changed (old → new), unchanged or refused, and why; a commit writes every row in one transaction, or none when one row is refused. Importing the same file again changes nothing. At most 20 MB.",
    tags: ["Values"],
    requestParams: { query: importQuerySchema, header: idempotencyHeaderSchema },
    requestBody: { required: true, content: { "text/csv": { schema: importBodySchema } } },
    responses: {
      ...responsesFor({ status: 200, description: "The dry run's findings, or the committed import.", schema: importResultSchema }, [
        "bad-request",
        "forbidden",
        "conflict",
        "payload-too-large",
        "unsupported-media-type",
        "idempotency-key-reused",
      ]),
      "422": {
        description: "A commit refused because rows have errors (nothing was written), or a refused parameter or reused Idempotency-Key.",
        content: { "application/problem+json": { schema: importRefusedSchema } },
      },
    },
  },
  async handle({ db, actor, url, body, contentType, now }) {
    const query = parseParameters(importQuerySchema, queryOf(url));
    const dryRun = query.dryRun === "true";
    let result: ImportResult;
    try {
      result = await runImport(
        db,
        actor,
        { body: chunksOf(body), contentType: contentType ?? undefined, fileName: "import.csv", size: body.byteLength, decimalSeparator: query.decimalSeparator },
        { dryRun, now },
      );
    } catch (error) {
      if (error instanceof ImportFileError) throw new RestProblem(FILE_PROBLEM_KINDS[importFileErrorStatus(error.problem)], error.message);
      throw problemFromError(error, () => null);
    }
    const answer = importToWire(result);
    if (dryRun || result.committed) return { status: 200, body: answer };
    const refused = result.rows.filter((row) => row.error !== null);
    const problem = new RestProblem(
      "validation-failed",
      `${result.message} Nothing was imported: fix the ${refused.length === 1 ? "line" : "lines"} listed in errors and send the file again.`,
      refused.slice(0, LISTED_ROW_ERRORS).map((row) => ({ line: row.line, detail: `Line ${row.line}: ${row.error!.message}` })),
    );
    return { status: 422, body: { ...problem.toProblem(), import: answer } };
  },
};

