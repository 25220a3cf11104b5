import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@tally/api";

export interface ClientFailure {
  message: string;
  fieldErrors: Record<string, string[]>;
}

/** The message and per-field errors of a failed call, whatever shape the failure took. */
export function clientFailure(error: unknown): ClientFailure {
  if (error instanceof TRPCClientError) {
    const typed = error as TRPCClientError<AppRouter>;
    return { message: typed.message, fieldErrors: typed.data?.fieldErrors ?? {} };
  }
  return { message: "The request failed. Check your connection and try again.", fieldErrors: {} };
}
