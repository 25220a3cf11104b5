"use client";

import { Check, RotateCcw, X } from "lucide-react";
import type { ActionStatus } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { clientFailure } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";
import type { ActionRow } from "./types";

const DONE_WORDS: Record<ActionStatus, string> = { done: "marked done", dropped: "dropped", open: "reopened" };

/** Mark done, drop or reopen: the moves an action's status may make, for someone allowed to make them. */
export function ActionStatusButtons({ orgSlug, action }: { orgSlug: string; action: Pick<ActionRow, "id" | "title" | "status"> }) {
  const trpc = useTRPC();
  const change = useRefreshingMutation(
    trpc.action.setStatus.mutationOptions({
      onSuccess: (saved) => toast.success(`“${saved.title}” ${DONE_WORDS[saved.status]}.`),
      onError: (error) => toast.error(clientFailure(error).message),
    }),
  );
  const set = (status: ActionStatus) => change.mutate({ orgSlug, actionId: action.id, status });
  const busy = change.pending;
  if (action.status !== "open") {
    return (
      <Button variant="ghost" className="px-2 py-1" pending={busy} onClick={() => set("open")} aria-label={`Reopen: ${action.title}`}>
        <RotateCcw aria-hidden className="size-4" />
        Reopen
      </Button>
    );
  }
  return (
    <span className="flex flex-wrap gap-1">
      <Button variant="secondary" className="px-2 py-1" pending={busy} onClick={() => set("done")} aria-label={`Mark done: ${action.title}`}>
        <Check aria-hidden className="size-4" />
        Mark done
      </Button>
      <Button variant="ghost" className="px-2 py-1" disabled={busy} onClick={() => set("dropped")} aria-label={`Drop: ${action.title}`}>
        <X aria-hidden className="size-4" />
        Drop
      </Button>
    </span>
  );
}
