import { cn } from "@/lib/cn";
import { CHART_HEIGHT_CLASS } from "./chart-layout";

/** Holds the chart's place while its drawing code loads, so the page does not jump. */
export function ChartSkeleton() {
  return (
    <div className={cn(CHART_HEIGHT_CLASS, "w-full animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none")} aria-hidden />
  );
}
