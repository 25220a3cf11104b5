"use client";

import { Toaster as Sonner } from "sonner";

/**
 * Where save confirmations appear. Sonner's region is aria-live, so each toast is announced without
 * taking the focus; the classes come from the same palette as the pages, so they follow the colour scheme.
 */
export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      duration={10_000}
      closeButton
      containerAriaLabel="Notifications"
      toastOptions={{
        unstyled: true,
        classNames: {
          toast: "flex w-full items-start gap-3 rounded-lg border border-slate-200 bg-surface p-4 pr-8 text-sm text-slate-900 shadow-lg",
          title: "font-medium",
          description: "mt-0.5 text-slate-600",
          icon: "mt-0.5 shrink-0",
          success: "[&_[data-icon]]:text-emerald-700",
          error: "border-red-300 [&_[data-icon]]:text-red-700",
          closeButton: "absolute right-2 top-2 rounded p-0.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800",
          actionButton: "ml-auto shrink-0 rounded-md border border-slate-300 bg-surface px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50",
        },
      }}
    />
  );
}
