"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const INTERVAL_MS = 2_000;
// A delivery being retried waits a minute or more: polling stops before that, the Refresh button remains.
const GIVE_UP_AFTER_MS = 60_000;

/** Refreshes the page's data every few seconds while `active`, so a queued delivery's outcome shows by itself. */
export function AutoRefresh({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > GIVE_UP_AFTER_MS) clearInterval(timer);
      else router.refresh();
    }, INTERVAL_MS);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
