"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

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
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const options = {
    onSuccess: () => {
      setError(null);
      router.refresh();
    },
    onError: (failure: unknown) => setError(clientFailure(failure).message),
  };
  const changeRole = useMutation(trpc.member.changeRole.mutationOptions(options));
  const deactivate = useMutation(trpc.member.deactivate.mutationOptions(options));
  const reactivate = useMutation(trpc.member.reactivate.mutationOptions(options));

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        <label className="sr-only" htmlFor={`role-${membershipId}`}>
          Role of {name}
        </label>
        <select
          id={`role-${membershipId}`}
          value={role}
          disabled={status !== "active" || changeRole.isPending}
          onChange={(event) => changeRole.mutate({ orgSlug, membershipId, role: event.target.value as Role })}
          className="rounded-md border border-slate-300 bg-surface px-2 py-1 text-sm disabled:opacity-60"
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </select>
        {status === "deactivated" ? (
          <Button variant="secondary" className="px-3 py-1" pending={reactivate.isPending} onClick={() => reactivate.mutate({ orgSlug, membershipId })}>
            Reactivate
          </Button>
        ) : (
          !isSelf && (
            <ConfirmDialog
              trigger={
                <Button variant="ghost" className="px-3 py-1 text-red-700 hover:bg-red-50">
                  Deactivate
                </Button>
              }
              title={`Deactivate ${name}?`}
              description="They are signed out at once and lose access to this organization. Their history stays, and you can reactivate them later."
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
