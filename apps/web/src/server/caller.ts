import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { currentSessionId } from "./session";
import { createRequestCaller } from "@tally/api/server";
import { REQUEST_PATH_HEADER } from "@/lib/outage-page";

/**
 * One server-side tRPC caller per request, with the request's session and address. A page that finds the database
 * unreachable sends the browser to its own address again, where the request proxy now answers 503 with the
 * reconnecting page: a page that has begun to render can only fail with 500. A server action keeps the error, to
 * show its message in the form.
 */
export const getCaller = cache(async () => {
  const requestHeaders = await headers();
  const page = requestHeaders.get(REQUEST_PATH_HEADER);
  const renderingPage = page !== null && !requestHeaders.has("next-action");
  return createRequestCaller(requestHeaders, await currentSessionId(), {
    onDatabaseUnavailable: renderingPage ? () => redirect(page) : undefined,
  });
});

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
