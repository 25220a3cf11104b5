"use client";

import { useEffect, useEffectEvent } from "react";
import { useTheme } from "next-themes";
import type { Theme } from "@tally/domain";

/**
 * Signing in or out swaps the page without reloading it, so the inline script that applies the stored
 * theme does not run again: this applies the account's theme (or the system's, once signed out) then.
 * Between those moments the switch on the account page is in charge.
 */
export function ThemeFollowsAccount({ theme, signedIn }: { theme: Theme; signedIn: boolean }) {
  const { theme: current, setTheme } = useTheme();
  const follow = useEffectEvent(() => {
    if (current !== theme) setTheme(theme);
  });
  useEffect(() => {
    follow();
  }, [signedIn]);
  return null;
}
