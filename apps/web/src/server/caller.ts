import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { currentSessionId } from "./session";
import { createRequestCaller } from "@tally/api/server";

/** One server-side tRPC caller per request, with the request's session and address. */
export const getCaller = cache(async () => createRequestCaller(await headers(), await currentSessionId()));

/**
 * Runs a server-side call for a page: a missing or foreign thing shows the not-found page, and an ended
 * session goes to sign-in and comes back here afterwards.
 */
export async function loadForPage<T>(load: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError) {
      // An id or filter in the address that no input could hold (a control character, an absurd length) names
      // nothing, exactly like an id that does not exist.
      if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || error.code === "BAD_REQUEST") notFound();
      if (error.code === "UNAUTHORIZED") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
    }
    throw error;
  }
}
