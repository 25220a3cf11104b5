"use client";

import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useRefresh } from "@/lib/use-refreshing-mutation";

/** Loads the log again, its spinner turning until the new rows are on screen. */
export function RefreshButton() {
  const { refreshing, refresh } = useRefresh();
  return (
    <Button variant="secondary" className="px-3 py-1" pending={refreshing} onClick={refresh}>
      {!refreshing && <RefreshCw aria-hidden className="size-4" />}
      Refresh
    </Button>
  );
}
