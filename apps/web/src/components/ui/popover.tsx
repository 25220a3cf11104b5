"use client";

import type { ComponentProps } from "react";
import { Popover as PopoverPrimitive } from "radix-ui";
import { cn } from "@/lib/cn";

/** A small panel anchored to its trigger, for details or a short form; not modal, Escape closes it. */
export const Popover = PopoverPrimitive.Root;
export const PopoverTrigger = PopoverPrimitive.Trigger;
export const PopoverClose = PopoverPrimitive.Close;

export function PopoverContent({ className, sideOffset = 6, align = "center", ...props }: ComponentProps<typeof PopoverPrimitive.Content>) {
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        sideOffset={sideOffset}
        align={align}
        className={cn("z-50 w-72 max-w-[92vw] rounded-lg border border-slate-200 bg-surface p-4 text-sm text-slate-900 shadow-lg", className)}
        {...props}
      />
    </PopoverPrimitive.Portal>
  );
}
