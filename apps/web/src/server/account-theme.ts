import "server-only";
import { cache } from "react";
import type { Theme } from "@tally/domain";
import { currentSessionId } from "./session";
import { getCaller } from "./caller";

/**
 * The theme stored with the signed-in person's account, or null for a visitor. Every page's root layout
 * asks, so a visitor costs no query, and a page that asks again in the same request gets the same answer.
 */
export const accountTheme = cache(async (): Promise<Theme | null> => {
  if (!(await currentSessionId())) return null;
  const caller = await getCaller();
  try {
    return (await caller.account.preferences()).theme;
  } catch {
    // An ended session is a visitor; a failed read must not break every page, which then follows the system.
    return null;
  }
});
