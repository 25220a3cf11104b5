import { z } from "zod";
import { can, ROLE_LABELS, slugSchema, type Action } from "@tally/domain";
import { loadSession } from "../auth/sessions";
import { domainError, notFound } from "../services/errors";
import { loadSessionActor, type LoadedActor } from "../services/memberships";
import type { TrpcContext } from "./context";
import { baseProcedure, t } from "./init";

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = baseProcedure.meta({ permission: "public" });

const SESSION_ENDED = "Your session has ended. Sign in to continue.";

/** A signed-in user whose session row still exists: sign-out and password changes end it at once. */
export const authedProcedure = baseProcedure.meta({ permission: "authed" }).use(async ({ ctx, next }) => {
  const loaded = ctx.sessionId ? await sessionOnce(ctx, ctx.sessionId) : null;
  if (!loaded) throw domainError("unauthenticated", SESSION_ENDED);
  const session = { id: loaded.sessionId, user: loaded.user };
  return next({ ctx: { session, user: session.user } });
});

const orgSlugInput = z.object({ orgSlug: slugSchema });

/** The session and its user, from whatever this request has loaded already, or loaded once. */
function sessionOnce(ctx: TrpcContext, sessionId: string): Promise<LoadedActor | null> {
  const loaded = ctx.sessionActors?.values().next();
  if (loaded && !loaded.done) return loaded.value;
  if (!ctx.sessionActors) return loadSession(ctx.db, sessionId).then((session) => session && { sessionId: session.id, user: session.user, actor: null });
  return sessionActorOnce(ctx, sessionId, "");
}

/** The session actor for this organization, loaded once per request however many calls ask. */
function sessionActorOnce(ctx: TrpcContext, sessionId: string, orgSlug: string): Promise<LoadedActor | null> {
  const cached = ctx.sessionActors?.get(orgSlug);
  if (cached) return cached;
  const loading = loadSessionActor(ctx.db, sessionId, orgSlug);
  ctx.sessionActors?.set(orgSlug, loading);
  return loading;
}

/**
 * The organization comes from the URL slug in the input; the session, the membership and the organization's
 * settings are loaded together on every call and become the `actor`. Non-members get the same NOT_FOUND as for
 * an organization that does not exist.
 */
export const orgProcedure = baseProcedure.meta({ permission: "member" }).use(async ({ ctx, getRawInput, next }) => {
  if (!ctx.sessionId) throw domainError("unauthenticated", SESSION_ENDED);
  const parsed = orgSlugInput.safeParse(await getRawInput());
  const loaded = await sessionActorOnce(ctx, ctx.sessionId, parsed.success ? parsed.data.orgSlug : "");
  if (!loaded) throw domainError("unauthenticated", SESSION_ENDED);
  if (!parsed.success || !loaded.actor) throw notFound("This organization");
  return next({ ctx: { session: { id: loaded.sessionId, user: loaded.user }, user: loaded.user, actor: loaded.actor } });
});

/** Refuses the call unless the member's role holds `action` in the permission matrix. */
export function permissionProcedure(action: Action) {
  return orgProcedure.meta({ permission: action }).use(({ ctx, next }) => {
    if (!can(ctx.actor.role, action)) {
      throw domainError("forbidden", `Your role (${ROLE_LABELS[ctx.actor.role]}) does not allow this. Ask an admin if you need it.`);
    }
    return next();
  });
}

/** Every org-scoped input names its organization; each procedure's schema extends this one. */
export function orgInput<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject({ orgSlug: slugSchema, ...shape });
}
