import { cn } from "@/lib/cn";

/** A grey placeholder in the shape of content that is still loading; hidden from screen readers. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none", className)} />;
}
