import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

interface TableScrollBoxProps extends ComponentProps<"div"> {
  /**
   * Names the box for screen readers and makes it a tab stop, so keyboard users can scroll a table that is
   * wider than the screen. Give it to tables without links or inputs of their own.
   */
  scrollLabel?: string;
}

/** The frame of a table: a wide table scrolls sideways inside it instead of widening the page. */
export function TableScrollBox({ scrollLabel, className, ...props }: TableScrollBoxProps) {
  return (
    <div
      role={scrollLabel ? "region" : undefined}
      aria-label={scrollLabel}
      tabIndex={scrollLabel ? 0 : undefined}
      // relative: visually hidden text in a far column is positioned inside the box, so it cannot widen the page.
      className={cn("relative w-full overflow-x-auto rounded-xl border border-slate-200 bg-surface shadow-xs", className)}
      {...props}
    />
  );
}

export function Table({ className, ...props }: ComponentProps<"table">) {
  return <table className={cn("w-full text-left text-sm", className)} {...props} />;
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("sr-only", className)} {...props} />;
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-slate-100", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={className} {...props} />;
}

/** A column header; `scope` defaults to the column. */
export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={cn("px-4 py-3 font-medium", className)} {...props} />;
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-4 py-3", className)} {...props} />;
}
