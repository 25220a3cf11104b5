import { db as processDb, type PrismaClient } from "@tally/db";
import { attachmentDisposition, briefingFileName, briefingScopeSchema, queryObject } from "@tally/domain";
import type { OrgActor } from "../services/actor";
import { loadBriefing, type Briefing } from "../services/briefing";
import { DomainError } from "../services/errors";
import { loadSessionActor } from "../services/memberships";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../trpc/errors";
import { problemResponse, STATUS_OF } from "./exports/problem";

/** Turns a briefing into the bytes of its PDF; the web app passes its React PDF document. */
export type RenderBriefing = (briefing: Briefing) => Promise<Uint8Array>;

export interface BriefingRequest {
  request: Request;
  orgSlug: string;
  sessionId: string | null;
}

const SIGNED_OUT = "Your session has ended. Sign in to download the briefing.";

/** Who asks, answered as problem+json when nobody may: signed out 401, not a member 404. */
export async function briefingActor(db: PrismaClient, sessionId: string | null, orgSlug: string): Promise<OrgActor | Response> {
  if (!sessionId) return problemResponse(401, SIGNED_OUT);
  const loaded = await loadSessionActor(db, sessionId, orgSlug);
  if (!loaded) return problemResponse(401, SIGNED_OUT);
  if (!loaded.actor) return problemResponse(404, "This organization could not be found.");
  return loaded.actor;
}

export function pdfResponse(bytes: Uint8Array, fileName: string): Response {
  return new Response(bytes as BodyInit, {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(fileName),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export function briefingErrorResponse(error: unknown): Response {
  if (error instanceof DomainError) return problemResponse(STATUS_OF[error.kind], error.message);
  if (isDatabaseUnavailable(error)) return problemResponse(503, DATABASE_UNAVAILABLE, { headers: { "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) } });
  throw error;
}

/** GET /api/orgs/{orgSlug}/briefing.pdf?scope=organization|team|objective&id=… — the briefing pack as a PDF. */
export async function handleBriefingPdf({ request, orgSlug, sessionId }: BriefingRequest, render: RenderBriefing, { db = processDb(), now = new Date() }: { db?: PrismaClient; now?: Date } = {}): Promise<Response> {
  try {
    const actor = await briefingActor(db, sessionId, orgSlug);
    if (actor instanceof Response) return actor;
    const { values, problems } = queryObject(new URL(request.url).searchParams);
    const parsed = briefingScopeSchema.safeParse(values);
    const errors = [...problems, ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: issue.path.join(".") || "query", message: issue.message })))];
    if (errors.length || !parsed.success) return problemResponse(400, errors.map((error) => `${error.field}: ${error.message}`).join(" "), { errors });
    const { subject, ...briefing } = await loadBriefing(db, actor, parsed.data, now);
    return pdfResponse(await render(briefing), briefingFileName(actor.orgSlug, subject, briefing.cover.today));
  } catch (error) {
    return briefingErrorResponse(error);
  }
}
