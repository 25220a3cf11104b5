import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { can, ROLE_LABELS, slugSchema, type Action } from "@tally/domain";
import { loadSession } from "../auth/sessions";
import { loadActiveMembership } from "../services/memberships";
import { notFound } from "./errors";
import { t } from "./init";

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.meta({ permission: "public" });

/** A signed-in user whose session row still exists: sign-out and password changes end it at once. */
export const authedProcedure = t.procedure.meta({ permission: "authed" }).use(async ({ ctx, next }) => {
  const session = ctx.sessionId ? await loadSession(ctx.db, ctx.sessionId) : null;
  if (!session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended. Sign in to continue." });
  return next({ ctx: { session, user: session.user } });
});

const orgSlugInput = z.object({ orgSlug: slugSchema });

/**
 * The organization comes from the URL slug in the input; the membership is loaded from the database
 * on every call. Non-members get the same NOT_FOUND as for an organization that does not exist.
 */
export const orgProcedure = authedProcedure.meta({ permission: "member" }).use(async ({ ctx, getRawInput, next }) => {
  const parsed = orgSlugInput.safeParse(await getRawInput());
  if (!parsed.success) throw notFound("This organization");
  const membership = await loadActiveMembership(ctx.db, ctx.user.id, parsed.data.orgSlug);
  if (!membership) throw notFound("This organization");
  return next({ ctx: { membership, orgId: membership.orgId } });
});

/** Refuses the call unless the member's role holds `action` in the permission matrix. */
export function permissionProcedure(action: Action) {
  return orgProcedure.meta({ permission: action }).use(({ ctx, next }) => {
    if (!can(ctx.membership.role, action)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `Your role (${ROLE_LABELS[ctx.membership.role]}) does not allow this. Ask an admin if you need it.`,
      });
    }
    return next();
  });
}

/** Every org-scoped input names its organization; each procedure's schema extends this one. */
export function orgInput<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject({ orgSlug: slugSchema, ...shape });
}
