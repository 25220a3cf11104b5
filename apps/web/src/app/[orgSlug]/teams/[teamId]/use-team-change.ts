"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/lib/trpc/client";
import { useRefresh } from "@/lib/use-refreshing-mutation";

/** After a change to a team's members: fresh server data for the page, and a fresh add-member picker. */
export function useTeamChanged(orgSlug: string, teamId: string): { refreshing: boolean; changed: () => void } {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { refreshing, refresh } = useRefresh();
  const changed = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.team.candidates.queryKey({ orgSlug, teamId }) });
    refresh();
  }, [queryClient, trpc, orgSlug, teamId, refresh]);
  return { refreshing, changed };
}
