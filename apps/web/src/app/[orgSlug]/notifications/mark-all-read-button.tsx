"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

export function MarkAllReadButton({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mark = useRefreshingMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
        toast.success("All notifications marked read.");
      },
      onError: (error) => toast.error(clientFailure(error).message),
    }),
  );
  return (
    <Button type="button" variant="secondary" pending={mark.pending} onClick={() => mark.mutate({ orgSlug, all: true })}>
      Mark all read
    </Button>
  );
}
