"use client";

import type { ComponentProps, ReactNode } from "react";
import { Dialog as SheetPrimitive } from "radix-ui";
import { X } from "lucide-react";
import { cn } from "@/lib/cn";

/**
 * A drawer that slides in from an edge of the screen, for navigation and side panels on small screens.
 * It is a modal dialog: focus moves into it and stays there, Escape, the close button and a click on the
 * dimmed page all close it, and focus returns to the element that opened it.
 */
export const Sheet = SheetPrimitive.Root;
export const SheetTrigger = SheetPrimitive.Trigger;
export const SheetClose = SheetPrimitive.Close;

type Side = "left" | "right";

const SIDES: Record<Side, string> = {
  // Slides in from its edge when it opens (skipped when the person asks for reduced motion).
  left: "left-0 border-r motion-safe:starting:-translate-x-full",
  right: "right-0 border-l motion-safe:starting:translate-x-full",
};

interface SheetContentProps extends ComponentProps<typeof SheetPrimitive.Content> {
  side?: Side;
  /** The accessible name of the close button in the corner; false leaves it out. */
  closeLabel?: string | false;
}

export function SheetContent({ side = "right", closeLabel = "Close", className, children, ...props }: SheetContentProps) {
  return (
    <SheetPrimitive.Portal>
      <SheetPrimitive.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
      <SheetPrimitive.Content
        className={cn(
          // dvh so the bottom of the drawer stays above a phone's browser toolbar.
          "fixed inset-y-0 z-50 flex h-dvh motion-safe:transition-transform motion-safe:duration-150 w-[min(85vw,20rem)] flex-col overflow-y-auto border-slate-200 bg-surface text-slate-900 shadow-xl focus:outline-none",
          SIDES[side],
          className,
        )}
        {...props}
      >
        {children}
        {closeLabel !== false && (
          <SheetPrimitive.Close
            className="absolute right-3 top-3 rounded-md p-2 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
            aria-label={closeLabel}
          >
            <X aria-hidden className="size-5" />
          </SheetPrimitive.Close>
        )}
      </SheetPrimitive.Content>
    </SheetPrimitive.Portal>
  );
}

export function SheetHeader({ className, children }: { className?: string; children: ReactNode }) {
  // Room on the right for the close button.
  return <div className={cn("flex flex-col gap-1 px-4 pb-2 pr-14 pt-4", className)}>{children}</div>;
}

export function SheetFooter({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cn("mt-auto flex flex-col gap-2 border-t border-slate-200 p-4", className)}>{children}</div>;
}

export function SheetTitle({ className, ...props }: ComponentProps<typeof SheetPrimitive.Title>) {
  return <SheetPrimitive.Title className={cn("text-base font-semibold text-slate-900", className)} {...props} />;
}

export function SheetDescription({ className, ...props }: ComponentProps<typeof SheetPrimitive.Description>) {
  return <SheetPrimitive.Description className={cn("text-sm text-slate-600", className)} {...props} />;
}
