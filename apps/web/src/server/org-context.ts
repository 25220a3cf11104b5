import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Action } from "@tally/domain";
import { getCaller, loadForPage } from "./caller";

/** The organization, the caller's membership and permissions, loaded once per request. */
export const getOrgContext = cache(async (orgSlug: string) => {
  const caller = await getCaller();
  return loadForPage(() => caller.organization.current({ orgSlug }), `/${orgSlug}`);
});

/** A page the role may not open looks like a page that does not exist, as the API answers. */
export async function requirePagePermission(orgSlug: string, action: Action) {
  const context = await getOrgContext(orgSlug);
  if (!context.permissions.includes(action)) notFound();
  return context;
}
