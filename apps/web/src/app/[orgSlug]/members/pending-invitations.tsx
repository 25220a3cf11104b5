"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ROLE_LABELS, type Role } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  expired: boolean;
  teams: { id: string; name: string }[];
}

export function PendingInvitations({ orgSlug, invitations }: { orgSlug: string; invitations: PendingInvitation[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const resend = useMutation(
    trpc.invitation.resend.mutationOptions({
      onSuccess: () => {
        setNotice({ tone: "success", text: "Invitation sent again with a new link. The old link no longer works." });
        router.refresh();
      },
      onError: (error) => setNotice({ tone: "error", text: clientFailure(error).message }),
    }),
  );
  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSuccess: () => {
        setNotice({ tone: "success", text: "Invitation revoked." });
        router.refresh();
      },
      onError: (error) => setNotice({ tone: "error", text: clientFailure(error).message }),
    }),
  );

  return (
    <section aria-labelledby="pending-invitations" className="mt-10">
      <h2 id="pending-invitations" className="mb-3 text-base font-semibold text-slate-900">
        Pending invitations
      </h2>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {invitations.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
          No pending invitations. Invite people to give them access to this organization.
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" aria-label={`Invitation for ${invitation.email}`}>
              <div>
                <p className="font-medium text-slate-900">{invitation.email}</p>
                <p className="text-xs text-slate-500">
                  {ROLE_LABELS[invitation.role]}
                  {invitation.teams.length > 0 && ` · ${invitation.teams.map((t) => t.name).join(", ")}`} ·{" "}
                  {invitation.expired ? "expired" : "expires"} {formatDate(invitation.expiresAt)}
                </p>
              </div>
              <div className="flex items-center gap-2">
                {invitation.expired && <Badge tone="warning">Expired</Badge>}
                <Button
                  variant="secondary"
                  className="px-3 py-1"
                  pending={resend.isPending && resend.variables?.invitationId === invitation.id}
                  onClick={() => resend.mutate({ orgSlug, invitationId: invitation.id })}
                >
                  Resend
                </Button>
                <Button
                  variant="ghost"
                  className="px-3 py-1 text-red-700 hover:bg-red-50"
                  pending={revoke.isPending && revoke.variables?.invitationId === invitation.id}
                  onClick={() => revoke.mutate({ orgSlug, invitationId: invitation.id })}
                >
                  Revoke
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
