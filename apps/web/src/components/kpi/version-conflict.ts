import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@tally/api";

/**
 * A save refused because someone else saved first. A name taken by another KPI is also a CONFLICT, but
 * it names its field; a stale version names none.
 */
export function isVersionConflict(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const typed = error as TRPCClientError<AppRouter>;
  return typed.data?.code === "CONFLICT" && Object.keys(typed.data.fieldErrors ?? {}).length === 0;
}
