"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/cn";
import { CHART_HEIGHT_CLASS } from "./chart-layout";

/**
 * The drawing and its chart library load only where a chart is drawn, and only in the browser (it
 * measures its container); a placeholder of the same height holds the place meanwhile.
 */
export const LazyChartDrawing = dynamic(() => import("./chart-drawing").then((module) => module.ChartDrawing), {
  ssr: false,
  loading: () => <Skeleton className={cn(CHART_HEIGHT_CLASS, "w-full")} />,
});
