import { db as processDb, type PrismaClient } from "@tally/db";
import { attachmentDisposition, can, queryObject, ROLE_LABELS } from "@tally/domain";
import type { z } from "zod";
import type { OrgActor } from "../../services/actor";
import { DomainError } from "../../services/errors";
import type { ExportFile, ExportOptions } from "../../services/exports/export-file";
import { loadSessionActor } from "../../services/memberships";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../../trpc/errors";
import { problemResponse, STATUS_OF } from "./problem";

export interface ExportRequest {
  request: Request;
  orgSlug: string;
  /** The session named by the request's cookie, or null when signed out. */
  sessionId: string | null;
}

export interface ExportDependencies extends ExportOptions {
  db?: PrismaClient;
}

type Produce<Query> = (db: PrismaClient, actor: OrgActor, query: Query, options: ExportOptions) => Promise<ExportFile>;

const SIGNED_OUT = "Your session has ended. Sign in to export.";

/**
 * Answers a download of an export for a signed-in member: signed out is 401, a non-member 404 (as for an
 * organization that does not exist), a bad parameter 400 naming it; then the file streams as it is written.
 */
export async function exportResponse<Query>(
  { request, orgSlug, sessionId }: ExportRequest,
  schema: z.ZodType<Query>,
  produce: Produce<Query>,
  { db = processDb(), ...options }: ExportDependencies = {},
): Promise<Response> {
  try {
    if (!sessionId) return problemResponse(401, SIGNED_OUT);
    const loaded = await loadSessionActor(db, sessionId, orgSlug);
    if (!loaded) return problemResponse(401, SIGNED_OUT);
    const { actor } = loaded;
    if (!actor) return problemResponse(404, "This organization could not be found.");
    if (!can(actor.role, "kpi.view")) return problemResponse(403, `Your role (${ROLE_LABELS[actor.role]}) does not allow this. Ask an admin if you need it.`);

    const { values, problems } = queryObject(new URL(request.url).searchParams);
    const parsed = schema.safeParse(values);
    const errors = [
      ...problems,
      ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: issue.path.join(".") || "query", message: issue.message }))),
    ];
    if (errors.length || !parsed.success) return problemResponse(400, errors.map((error) => `${error.field}: ${error.message}`).join(" "), { errors });

    const file = await produce(db, actor, parsed.data, options);
    return new Response(file.body, {
      status: 200,
      headers: {
        "content-type": file.contentType,
        "content-disposition": attachmentDisposition(file.fileName),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return problemResponse(STATUS_OF[error.kind], error.message);
    if (isDatabaseUnavailable(error)) return problemResponse(503, DATABASE_UNAVAILABLE, { headers: { "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) } });
    throw error;
  }
}
