"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell, BellOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

/** Follow a KPI to be alerted when its status changes; owners and contributors follow until they stop. */
export function FollowButton({ orgSlug, kpiId }: { orgSlug: string; kpiId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.notification.following.queryOptions({ orgSlug, kpiId });
  const state = useQuery(options);
  const change = useMutation(
    trpc.notification.setFollowing.mutationOptions({
      onSuccess: (next) => {
        queryClient.setQueryData(options.queryKey, next);
        toast.success(next.following ? "You follow this KPI: its alerts come to you." : "You no longer follow this KPI.");
      },
      onError: (error) => toast.error(clientFailure(error).message),
    }),
  );
  const following = state.data?.following ?? false;
  return (
    <Button
      type="button"
      variant="secondary"
      aria-pressed={following}
      pending={change.isPending || state.isPending}
      onClick={() => change.mutate({ orgSlug, kpiId, following: !following })}
    >
      {following ? <BellOff aria-hidden className="size-4" /> : <Bell aria-hidden className="size-4" />}
      {following ? "Following" : "Follow"}
    </Button>
  );
}
