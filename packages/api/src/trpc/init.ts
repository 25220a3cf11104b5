import { initTRPC } from "@trpc/server";
import { transformer } from "./transformer";
import type { Action } from "@tally/domain";
import type { TrpcContext } from "./context";
import { fieldErrorsOf, readableMessage } from "./error-shape";
import { checkDatabase } from "@tally/db";
import { databaseOutage, markDatabaseAvailable, markDatabaseUnavailable } from "../http/outage";
import { toTrpcError } from "./errors";
import { assertStorableInput } from "./input-guard";

/** Who may call a procedure: nobody in particular, any signed-in user, any member, or a matrix action. */
export type ProcedurePermission = "public" | "authed" | "member" | Action;

export interface ProcedureMeta {
  permission: ProcedurePermission;
}

const GENERIC_FAILURE = "Something went wrong on our side. Please try again.";

export const t = initTRPC
  .context<TrpcContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer,
    isDev: false,
    errorFormatter({ shape, error }) {
      const fieldErrors = fieldErrorsOf(error.cause);
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      if (internal) console.error(error);
      return {
        ...shape,
        message: internal ? GENERIC_FAILURE : readableMessage(error.cause) ?? shape.message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fieldErrors },
      };
    },
  });

/**
 * The one place where what a service threw becomes a tRPC error: domain errors get their codes, an unreachable
 * database becomes SERVICE_UNAVAILABLE, and anything else stays an internal error with a generic message.
 */
export const baseProcedure = t.procedure.use(async ({ ctx, getRawInput, next }) => {
  try {
    assertStorableInput(await getRawInput());
  } catch (error) {
    throw toTrpcError(error) ?? error;
  }
  const result = await next();
  // A procedure that got its answer reached the database: pages need not wait for the probe.
  if (result.ok && databaseOutage()) markDatabaseAvailable();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
    const mapped = toTrpcError(result.error.cause);
    if (mapped?.code === "SERVICE_UNAVAILABLE") {
      markDatabaseUnavailable(async () => (await checkDatabase(ctx.db)).ok);
    }
    if (mapped) throw mapped;
  }
  return result;
});
