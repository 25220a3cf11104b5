import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { DomainError } from "../services/errors";
import { toTrpcError } from "./errors";

export type FieldErrors = Record<string, string[]>;

/** Field-level messages of an input error, keyed by field name (`_form` for the whole input). */
export function fieldErrorsOf(cause: unknown): FieldErrors | null {
  if (cause instanceof ZodError) {
    // Keyed by the whole path ("invitations.2.email"), so a form with repeated rows can place each message.
    const result: FieldErrors = {};
    for (const issue of cause.issues) {
      const key = issue.path.length ? issue.path.join(".") : "_form";
      (result[key] ??= []).push(issue.message);
    }
    return result;
  }
  if (cause instanceof DomainError && cause.field) return { [cause.field]: [cause.message] };
  return null;
}

/** Input errors arrive as a JSON dump of zod issues; a person needs the first problem in words. */
export function readableMessage(cause: unknown): string | null {
  if (!(cause instanceof ZodError)) return null;
  const issue = cause.issues[0];
  if (!issue) return null;
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}

export interface DescribedError {
  code: TRPCError["code"];
  message: string;
  fieldErrors: FieldErrors | null;
}

/** What a server action can show of an error thrown by a server-side caller. */
export function describeError(error: unknown): DescribedError {
  if (error instanceof ZodError) {
    return { code: "BAD_REQUEST", message: readableMessage(error) ?? "Check the highlighted fields.", fieldErrors: fieldErrorsOf(error) };
  }
  const mapped = error instanceof TRPCError && error.code === "INTERNAL_SERVER_ERROR" ? toTrpcError(error.cause) : toTrpcError(error);
  if (mapped) error = mapped;
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    return { code: error.code, message: readableMessage(error.cause) ?? error.message, fieldErrors: fieldErrorsOf(error.cause) };
  }
  console.error(error);
  return { code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side. Please try again.", fieldErrors: null };
}
