"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefresh } from "./use-refresh";

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
  const { refreshing, refresh } = useRefresh();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(
    trpc.team.delete.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        if (after === "list") router.replace(`/${orgSlug}/teams`);
        else refresh();
      },
      onError: (failure) => setError(clientFailure(failure).message),
    }),
  );

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setError(null);
      }}
      trigger={
        <Button variant="ghost" className="px-3 py-1.5 text-red-700 hover:bg-red-50" pending={refreshing} aria-label={`Delete ${team.name}`}>
          Delete
        </Button>
      }
      title={`Delete ${team.name}?`}
      description={`${consequenceOf(team.memberCount)} This cannot be undone.`}
      confirmLabel="Delete team"
      error={error}
      // The dialog stays open, with its spinner, until the team is gone.
      staysOpen
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ orgSlug, teamId: team.id })}
    />
  );
}
