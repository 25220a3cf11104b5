"use client";

import { useState } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

interface Props {
  orgSlug: string;
  membershipId: string;
  name: string;
  role: Role;
  status: "active" | "deactivated";
  isSelf: boolean;
}

export function MemberActions({ orgSlug, membershipId, name, role, status, isSelf }: Props) {
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  // Deactivate and Reactivate replace each other; the focus moves to the one that appears, not to the page.
  const accessId = `member-access-${membershipId}`;
  const focusAccessButton = () => requestAnimationFrame(() => document.getElementById(accessId)?.focus());
  const failed = (failure: unknown) => setError(clientFailure(failure).message);
  const changeRole = useRefreshingMutation(
    trpc.member.changeRole.mutationOptions({
      onSuccess: (_result, input) => {
        setError(null);
        toast.success(`${name} is now ${ROLE_LABELS[input.role].toLowerCase()}.`);
      },
      onError: failed,
    }),
  );
  const deactivate = useRefreshingMutation(
    trpc.member.deactivate.mutationOptions({
      onSuccess: () => {
        setError(null);
        toast.success(`${name} was deactivated.`);
      },
      onError: failed,
    }),
    focusAccessButton,
  );
  const reactivate = useRefreshingMutation(
    trpc.member.reactivate.mutationOptions({
      onSuccess: () => {
        setError(null);
        toast.success(`${name} was reactivated.`);
      },
      onError: failed,
    }),
    focusAccessButton,
  );

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        <label className="sr-only" htmlFor={`role-${membershipId}`}>
          Role of {name}
        </label>
        <select
          id={`role-${membershipId}`}
          value={role}
          disabled={status !== "active"}
          aria-busy={changeRole.pending}
          onChange={(event) => {
            setError(null);
            changeRole.mutate({ orgSlug, membershipId, role: event.target.value as Role });
          }}
          className="rounded-md border border-slate-300 bg-surface px-2 py-1 text-sm disabled:opacity-60"
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </select>
        {status === "deactivated" ? (
          <Button id={accessId} variant="secondary" className="px-3 py-1" pending={reactivate.pending} onClick={() => reactivate.mutate({ orgSlug, membershipId })}>
            Reactivate
          </Button>
        ) : (
          !isSelf && (
            <ConfirmDialog
              trigger={
                <Button id={accessId} variant="ghost" className="px-3 py-1 text-red-700 hover:bg-red-50" pending={deactivate.pending}>
                  Deactivate
                </Button>
              }
              title={`Deactivate ${name}?`}
              description="They are signed out at once and lose access to this organization; the invitations they sent and the API keys they made stop working. Their history stays, and you can reactivate them later."
              confirmLabel="Deactivate"
              onConfirm={() => deactivate.mutate({ orgSlug, membershipId })}
            />
          )
        )}
      </div>
      {error && (
        <p role="alert" className="max-w-64 text-right text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
