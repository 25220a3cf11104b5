"use client";

import type { ComponentProps, ReactNode } from "react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { X } from "lucide-react";
import { cn } from "@/lib/cn";

/**
 * A modal window: focus moves into it, stays there, and returns to the element that opened it when it closes.
 * Escape, the close button and a click outside all close it.
 */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

type Size = "sm" | "md" | "lg";

const WIDTHS: Record<Size, string> = {
  sm: "w-[min(92vw,28rem)]",
  md: "w-[min(94vw,32rem)]",
  lg: "w-[min(96vw,44rem)]",
};

interface DialogContentProps extends ComponentProps<typeof DialogPrimitive.Content> {
  size?: Size;
  /** The label of the close button in the corner; false leaves it out. */
  closeLabel?: string | false;
}

export function DialogContent({ size = "md", closeLabel = "Close", className, children, ...props }: DialogContentProps) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
      <DialogPrimitive.Content
        className={cn(
          "fixed left-1/2 top-1/2 z-50 max-h-[90vh] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl border border-slate-200 bg-surface p-6 text-slate-900 shadow-xl focus:outline-none",
          WIDTHS[size],
          className,
        )}
        {...props}
      >
        {children}
        {closeLabel !== false && (
          <DialogPrimitive.Close
            className="absolute right-4 top-4 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
            aria-label={closeLabel}
          >
            <X aria-hidden className="size-5" />
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function DialogHeader({ className, children }: { className?: string; children: ReactNode }) {
  // Room on the right for the close button.
  return <div className={cn("flex flex-col gap-1 pr-8", className)}>{children}</div>;
}

export function DialogFooter({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cn("mt-6 flex flex-wrap items-center justify-end gap-3", className)}>{children}</div>;
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={cn("text-lg font-semibold text-slate-900", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={cn("text-sm text-slate-600", className)} {...props} />;
}
