import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { Action } from "@tally/domain";
import type { TrpcContext } from "./context";
import { fieldErrorsOf, readableMessage } from "./error-shape";

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
    transformer: superjson,
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
