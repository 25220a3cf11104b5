"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "./chart-skeleton";

/**
 * The drawing and its chart library load only where a chart is drawn, and only in the browser (it
 * measures its container); a placeholder of the same height holds the place meanwhile.
 */
export const LazyChartDrawing = dynamic(() => import("./chart-drawing").then((module) => module.ChartDrawing), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});
