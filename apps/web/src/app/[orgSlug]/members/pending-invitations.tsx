"use client";

import { useState } from "react";
import { ROLE_LABELS } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useFormatter } from "@/lib/format-context";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

type PendingInvitation = RouterOutputs["invitation"]["list"][number];

const HEADING_ID = "pending-invitations";

export function PendingInvitations({ orgSlug, invitations }: { orgSlug: string; invitations: readonly PendingInvitation[] }) {
  const trpc = useTRPC();
  const formatter = useFormatter();
  // A refusal stays on the page until the next try, where a toast would vanish before it is read.
  const [error, setError] = useState<string | null>(null);
  const failed = (failure: unknown) => setError(clientFailure(failure).message);
  const resend = useRefreshingMutation(
    trpc.invitation.resend.mutationOptions({
      onMutate: () => setError(null),
      onSuccess: () => toast.success("Invitation sent again with a new link. The old link no longer works."),
      onError: failed,
    }),
  );
  // A revoked invitation leaves the list, and its buttons with it: the focus goes to the list's heading.
  const revoke = useRefreshingMutation(
    trpc.invitation.revoke.mutationOptions({
      onMutate: () => setError(null),
      onSuccess: () => toast.success("Invitation revoked."),
      onError: failed,
    }),
    () => requestAnimationFrame(() => document.getElementById(HEADING_ID)?.focus()),
  );

  return (
    <section aria-labelledby={HEADING_ID} className="mt-10">
      <h2 id={HEADING_ID} tabIndex={-1} className="mb-3 text-base font-semibold text-slate-900 focus:outline-none">
        Pending invitations
      </h2>
      {error && <Alert>{error}</Alert>}
      {invitations.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-surface px-4 py-6 text-center text-sm text-slate-600">
          No pending invitations. Invite people to give them access to this organization.
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-surface">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" aria-label={`Invitation for ${invitation.email}`}>
              <div className="min-w-0">
                <p className="break-words font-medium text-slate-900">{invitation.email}</p>
                <p className="text-xs text-slate-500">
                  {ROLE_LABELS[invitation.role]}
                  {invitation.teams.length > 0 && ` · ${invitation.teams.map((t) => t.name).join(", ")}`} ·{" "}
                  {invitation.expired ? "expired" : "expires"} {formatter.formatDate(invitation.expiresAt)}
                </p>
              </div>
              <div className="flex items-center gap-2">
                {invitation.expired && <Badge tone="warning">Expired</Badge>}
                <Button
                  variant="secondary"
                  className="px-3 py-1"
                  pending={resend.pending && resend.variables?.invitationId === invitation.id}
                  onClick={() => resend.mutate({ orgSlug, invitationId: invitation.id })}
                >
                  Resend
                </Button>
                <ConfirmDialog
                  trigger={
                    <Button
                      variant="ghost"
                      className="px-3 py-1 text-red-700 hover:bg-red-50"
                      pending={revoke.pending && revoke.variables?.invitationId === invitation.id}
                    >
                      Revoke
                    </Button>
                  }
                  title={`Revoke the invitation for ${invitation.email}?`}
                  description="Its link stops working at once. You can invite the same address again later."
                  confirmLabel="Revoke invitation"
                  onConfirm={() => revoke.mutate({ orgSlug, invitationId: invitation.id })}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
