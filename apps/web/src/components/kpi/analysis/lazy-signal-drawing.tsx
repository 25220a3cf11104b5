"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/cn";
import { CHART_HEIGHT_CLASS } from "../chart/chart-layout";

/** The XmR drawing loads only in the browser, like the values chart; a placeholder holds its place. */
export const LazySignalDrawing = dynamic(() => import("./signal-drawing").then((module) => module.SignalDrawing), {
  ssr: false,
  loading: () => <Skeleton className={cn(CHART_HEIGHT_CLASS, "w-full")} />,
});
