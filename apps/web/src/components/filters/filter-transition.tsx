"use client";

import { createContext, use, useTransition, type ReactNode, type TransitionStartFunction } from "react";
import { cn } from "@/lib/cn";

interface FilterTransitionValue {
  /** True while the server renders the list for the filters just picked. */
  pending: boolean;
  startTransition: TransitionStartFunction;
}

const FilterTransitionContext = createContext<FilterTransitionValue | null>(null);

/**
 * Shares one transition between a filter bar and the list it filters: the bar starts it when a filter changes the
 * address, the list dims and says it is busy until the server's new rows are on screen.
 */
export function FilterTransition({ children }: { children: ReactNode }) {
  const [pending, startTransition] = useTransition();
  return <FilterTransitionContext value={{ pending, startTransition }}>{children}</FilterTransitionContext>;
}

export function useFilterTransition(): FilterTransitionValue {
  const value = use(FilterTransitionContext);
  if (!value) throw new Error("useFilterTransition needs a <FilterTransition> around it.");
  return value;
}

/** The filtered list: dimmed and marked busy while the new results load. */
export function FilteredResults({ children }: { children: ReactNode }) {
  const { pending } = useFilterTransition();
  return (
    <div aria-busy={pending} className={cn("transition-opacity", pending && "pointer-events-none opacity-60")}>
      {children}
    </div>
  );
}

/** Says in words (and to screen readers, politely) that the list is being updated. */
export function FilterPendingStatus() {
  const { pending } = useFilterTransition();
  // The live region is always there, so its change of text is announced.
  return (
    <p role="status" className="flex min-h-9 items-center gap-2 pb-2 text-sm text-slate-600">
      {pending && (
        <>
          <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent" />
          Updating the list…
        </>
      )}
    </p>
  );
}
