import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { sessionIdOf } from "@tally/api/auth";

/** The server-side session id named by the current request's cookie, or null when signed out; read once per request. */
export const currentSessionId = cache(async (): Promise<string | null> => sessionIdOf(await headers()));
