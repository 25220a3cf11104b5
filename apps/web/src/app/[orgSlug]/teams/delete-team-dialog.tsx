"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { focusById } from "@/lib/focus";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

interface Props {
  orgSlug: string;
  team: { id: string; name: string; memberCount: number };
  /** Where to go once the team is gone: stay on the list, or leave the team's own page for it. */
  after: "refresh" | "list";
}

function consequenceOf(memberCount: number): string {
  if (memberCount === 0) return "Nobody is in this team yet.";
  if (memberCount === 1) return "Its one member leaves the team but stays in the organization with the same role.";
  return `Its ${memberCount} members leave the team but stay in the organization with their roles.`;
}

export function DeleteTeamDialog({ orgSlug, team, after }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options = trpc.team.delete.mutationOptions({
    onSuccess: () => toast.success(`${team.name} was deleted.`),
    onError: (failure) => setError(clientFailure(failure).message),
  });
  // The dialog stays open, with its spinner, until the team has left the list, or until its page is left.
  const removeHere = useRefreshingMutation(options, () => setOpen(false));
  const removeAndLeave = useMutation({
    ...options,
    onSuccess: (...args) => {
      options.onSuccess?.(...args);
      router.replace(`/${orgSlug}/teams`);
    },
  });
  const remove = after === "list" ? removeAndLeave : removeHere;
  const pending = after === "list" ? removeAndLeave.isPending || removeAndLeave.isSuccess : removeHere.pending;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setError(null);
      }}
      trigger={
        <Button variant="ghost" className="px-3 py-1.5 text-red-700 hover:bg-red-50" aria-label={`Delete ${team.name}`}>
          Delete
        </Button>
      }
      title={`Delete ${team.name}?`}
      description={`${consequenceOf(team.memberCount)} This cannot be undone.`}
      confirmLabel="Delete team"
      error={error}
      staysOpen
      pending={pending}
      // The team's row, and the button that opened this, are gone: the page title takes the focus.
      onCloseAutoFocus={(event) => {
        if (!remove.isSuccess) return;
        event.preventDefault();
        focusById();
      }}
      onConfirm={() => remove.mutate({ orgSlug, teamId: team.id })}
    />
  );
}
