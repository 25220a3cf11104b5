"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";

/**
 * Re-renders the server component with fresh data. `refreshing` stays true until the new data is on
 * screen, so a button can keep its spinner until the change is visible.
 */
export function useRefresh(): { refreshing: boolean; refresh: () => void } {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const refresh = useCallback(() => startTransition(() => router.refresh()), [router]);
  return { refreshing, refresh };
}
