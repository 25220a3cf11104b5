"use client";

import { useMutation, type DefaultError, type UseMutationOptions, type UseMutationResult } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useTransition } from "react";

/**
 * Re-renders the server components with fresh data. `refreshing` stays true until the new data is on
 * screen, so a button can keep its spinner until the change is visible.
 */
export function useRefresh(): { refreshing: boolean; refresh: () => void } {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const refresh = useCallback(() => startTransition(() => router.refresh()), [router]);
  return { refreshing, refresh };
}

export type RefreshingMutation<TData, TError, TVariables, TContext> = UseMutationResult<TData, TError, TVariables, TContext> & {
  /** The call is under way, or its result is not on screen yet. */
  pending: boolean;
};

/**
 * A mutation whose success refreshes the page's server data; `pending` holds until the page shows it, so
 * the spinner never stops on stale data. The caller's onSuccess (a toast, a reset) runs first.
 */
export function useRefreshingMutation<TData = unknown, TError = DefaultError, TVariables = void, TContext = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
  /** Runs once the refreshed data is on screen: the moment to close a dialog or move the focus. */
  onRefreshed?: () => void,
): RefreshingMutation<TData, TError, TVariables, TContext> {
  const { refreshing, refresh } = useRefresh();
  const awaitingRefresh = useRef(false);
  const latestOnRefreshed = useRef(onRefreshed);
  useEffect(() => {
    latestOnRefreshed.current = onRefreshed;
  });
  useEffect(() => {
    if (refreshing || !awaitingRefresh.current) return;
    awaitingRefresh.current = false;
    latestOnRefreshed.current?.();
  }, [refreshing]);
  const mutation = useMutation<TData, TError, TVariables, TContext>({
    ...options,
    onSuccess: async (...args) => {
      await options.onSuccess?.(...args);
      awaitingRefresh.current = true;
      refresh();
    },
  });
  return { ...mutation, pending: mutation.isPending || refreshing };
}
