import type { PrismaClient } from "@tally/db";
import { DECIMAL_SEPARATORS, MAX_IMPORT_BYTES, type DecimalSeparator } from "@tally/domain";
import { consumeAttempt, RATE_LIMIT_POLICIES } from "../auth/rate-limit";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../trpc/errors";
import { DomainError } from "../services/errors";
import { ImportFileError, importFileErrorStatus, importTemplate, runImport, type ImportProgress, type ImportResult } from "../services/imports";
import { loadSessionActor } from "../services/memberships";
import type { OrgActor } from "../services/actor";
import { tooLarge } from "../services/imports/byte-source";

export const NDJSON_CONTENT_TYPE = "application/x-ndjson";

/** One line of an NDJSON import answer: progress reports, then the result or the error. */
export type ImportStreamEvent =
  | ({ type: "progress" } & ImportProgress)
  | { type: "result"; result: ImportResult }
  | { type: "error"; status: number; error: ImportErrorBody };

export interface ImportErrorBody {
  message: string;
  /** The input the message belongs beside: "file" for a refused file. */
  field: string | null;
  /** For a refused file: why (too_large, not_utf8, columns…). */
  problem: string | null;
}

interface Context {
  db: PrismaClient;
  sessionId: string | null;
  orgSlug: string;
}

const STATUS: Record<DomainError["kind"], number> = { invalid: 400, not_found: 404, forbidden: 403, conflict: 409, rate_limited: 429, unauthenticated: 401 };

function errorOf(error: unknown): { status: number; body: ImportErrorBody } {
  if (error instanceof ImportFileError) return { status: importFileErrorStatus(error.problem), body: { message: error.message, field: error.field, problem: error.problem } };
  if (error instanceof DomainError) return { status: STATUS[error.kind], body: { message: error.message, field: error.field, problem: null } };
  if (isDatabaseUnavailable(error)) return { status: 503, body: { message: DATABASE_UNAVAILABLE, field: null, problem: null } };
  console.error("import failed", error);
  return { status: 500, body: { message: "The import failed unexpectedly; nothing was written. Try again.", field: null, problem: null } };
}

function headersFor(status: number): Record<string, string> {
  return status === 503 ? { "cache-control": "no-store", "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) } : { "cache-control": "no-store" };
}

function errorResponse(status: number, message: string, extra: Partial<ImportErrorBody> = {}): Response {
  return Response.json({ error: { message, field: null, problem: null, ...extra } }, { status, headers: headersFor(status) });
}

/** The member behind the session, or the response that refuses: 401 without a session, 404 for a non-member. */
async function memberOf({ db, sessionId, orgSlug }: Context): Promise<OrgActor | Response> {
  if (!sessionId) return errorResponse(401, "Sign in to import values.");
  const loaded = await loadSessionActor(db, sessionId, orgSlug);
  if (!loaded) return errorResponse(401, "Your session has ended. Sign in again.");
  if (!loaded.actor) return errorResponse(404, "This page could not be found.");
  return loaded.actor;
}

/** Counts this upload against the member's hourly budget; past it, the 429 that says when to come back. */
async function importBudgetSpent(db: PrismaClient, member: OrgActor): Promise<Response | null> {
  try {
    await consumeAttempt(db, "importByMember", member.membershipId);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== "rate_limited") throw error;
    const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 1000));
    const minutes = Math.ceil(seconds / 60);
    const { points } = RATE_LIMIT_POLICIES.importByMember;
    return Response.json(
      { error: { message: `You have sent ${points} files in the last hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, field: "file", problem: "rate_limited" } },
      { status: 429, headers: { "cache-control": "no-store", "retry-after": String(seconds) } },
    );
  }
}

/**
 * The body, stopped past the limit; when its length was declared, a body that ends short of it (an upload cut
 * off on its way) is refused rather than imported in part.
 */
async function* uploadOf(body: ReadableStream<Uint8Array>, declared: number | null): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > MAX_IMPORT_BYTES) throw tooLarge(MAX_IMPORT_BYTES);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  if (declared !== null && received !== declared) {
    throw new ImportFileError("incomplete", "The upload was cut off before the whole file arrived. Import the file again.");
  }
}

function separatorOf(value: string | null): DecimalSeparator | undefined | "invalid" {
  if (value === null || value === "") return undefined;
  return (DECIMAL_SEPARATORS as readonly string[]).includes(value) ? (value as DecimalSeparator) : "invalid";
}

function fileNameOf(request: Request, url: URL): string | undefined {
  const raw = url.searchParams.get("fileName") ?? request.headers.get("x-file-name");
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw).slice(0, 255);
  } catch {
    return raw.slice(0, 255);
  }
}

/**
 * POST /api/orgs/{orgSlug}/imports?dryRun=true|false[&decimalSeparator=.|,][&fileName=…] with the file as the
 * body and its type as Content-Type, for the signed-in member. Refuses before reading: no session (401), not a
 * member (404), a declared size over 20 MB (413). With `Accept: application/x-ndjson` the answer streams: a
 * progress line now and then, then the result (or the error) — so a page can show a progress bar for a large
 * file. Otherwise one JSON answer with a status that fits it.
 */
export async function handleImportUpload(request: Request, context: Context): Promise<Response> {
  if (request.method !== "POST") return errorResponse(405, "Send the file with POST.");
  const url = new URL(request.url);
  const dryRunParam = url.searchParams.get("dryRun");
  if (dryRunParam !== "true" && dryRunParam !== "false") return errorResponse(400, "Say dryRun=true to check the file, or dryRun=false to import it.", { field: "dryRun" });
  const decimalSeparator = separatorOf(url.searchParams.get("decimalSeparator"));
  if (decimalSeparator === "invalid") return errorResponse(400, "Choose a point (.) or a comma (,) as the decimal separator.", { field: "decimalSeparator" });
  const declaredHeader = request.headers.get("content-length");
  const declared = declaredHeader === null ? null : Number(declaredHeader);
  if (declared !== null && (!Number.isFinite(declared) || declared > MAX_IMPORT_BYTES)) {
    const error = tooLarge(MAX_IMPORT_BYTES);
    return errorResponse(413, error.message, { field: "file", problem: error.problem });
  }

  const member = await memberOf(context).catch((error: unknown) => {
    const { status, body } = errorOf(error);
    return errorResponse(status, body.message);
  });
  if (member instanceof Response) return member;
  const limited = await importBudgetSpent(context.db, member).catch((error: unknown) => errorResponse(errorOf(error).status, errorOf(error).body.message));
  if (limited) return limited;

  const input = {
    body: request.body ? uploadOf(request.body, declared) : (async function* () {})(),
    fileName: fileNameOf(request, url),
    contentType: request.headers.get("content-type") ?? undefined,
    size: declared ?? undefined,
    decimalSeparator,
  };
  const dryRun = dryRunParam === "true";

  if (!(request.headers.get("accept") ?? "").includes(NDJSON_CONTENT_TYPE)) {
    try {
      const result = await runImport(context.db, member, input, { dryRun });
      return Response.json(result, { status: !dryRun && !result.committed ? 422 : 200, headers: { "cache-control": "no-store" } });
    } catch (error) {
      const { status, body } = errorOf(error);
      return Response.json({ error: body }, { status, headers: headersFor(status) });
    }
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportStreamEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        const result = await runImport(context.db, member, input, { dryRun, onProgress: (progress) => send({ type: "progress", ...progress }) });
        send({ type: "result", result });
      } catch (error) {
        const { status, body } = errorOf(error);
        send({ type: "error", status, error: body });
      }
      controller.close();
    },
  });
  return new Response(stream, { status: 200, headers: { "content-type": `${NDJSON_CONTENT_TYPE}; charset=utf-8`, "cache-control": "no-store", "x-content-type-options": "nosniff" } });
}

/** GET /api/orgs/{orgSlug}/imports/template?format=csv|xlsx[&kpi=…]: the file to fill in, as a download. */
export async function handleImportTemplate(request: Request, context: Context): Promise<Response> {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") return errorResponse(400, "Ask for format=csv or format=xlsx.", { field: "format" });
  const kpiId = url.searchParams.get("kpi") || undefined;
  if (kpiId && !/^[A-Za-z0-9_-]{1,64}$/.test(kpiId)) return errorResponse(404, "This KPI could not be found.");
  try {
    const member = await memberOf(context);
    if (member instanceof Response) return member;
    const template = await importTemplate(context.db, member, { format, kpiId });
    return new Response(template.body as BodyInit, {
      status: 200,
      headers: {
        "content-type": template.contentType,
        "content-disposition": `attachment; filename="${template.fileName}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const { status, body } = errorOf(error);
    return errorResponse(status, body.message);
  }
}
