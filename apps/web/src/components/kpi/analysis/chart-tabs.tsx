"use client";

import type { ReactNode } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

/** The values chart and the signal-versus-noise chart, one at a time. */
export function ChartTabs({ values, signal }: { values: ReactNode; signal: ReactNode }) {
  return (
    <Tabs defaultValue="values">
      <TabsList aria-label="Chart">
        <TabsTrigger value="values">Values over time</TabsTrigger>
        <TabsTrigger value="signal">Signal vs noise</TabsTrigger>
      </TabsList>
      <TabsContent value="values">{values}</TabsContent>
      <TabsContent value="signal">{signal}</TabsContent>
    </Tabs>
  );
}
