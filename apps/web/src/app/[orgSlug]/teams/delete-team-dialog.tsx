"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AlertDialog } from "radix-ui";
import { Button } from "@/components/ui/button";
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
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setError(null);
      }}
    >
      <AlertDialog.Trigger asChild>
        <Button variant="ghost" className="px-3 py-1.5 text-red-700 hover:bg-red-50" pending={refreshing} aria-label={`Delete ${team.name}`}>
          Delete
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">Delete {team.name}?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">
            {consequenceOf(team.memberCount)} This cannot be undone.
          </AlertDialog.Description>
          {error && (
            <p role="alert" className="mt-3 text-sm font-medium text-red-600">
              {error}
            </p>
          )}
          <div className="mt-6 flex justify-end gap-3">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialog.Cancel>
            {/* Not an AlertDialog.Action: the dialog stays open, with its spinner, until the team is gone. */}
            <Button variant="danger" pending={remove.isPending} onClick={() => remove.mutate({ orgSlug, teamId: team.id })}>
              Delete team
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
