"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ROLE_LABELS } from "@tally/domain";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { TableCell, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { focusById } from "@/lib/focus";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { useTeamChanged } from "./use-team-change";

/** Email and role are null for those who may neither list the members nor manage this team. */
export type TeamMember = RouterOutputs["team"]["get"]["members"][number];

export const MEMBERS_HEADING_ID = "team-members-heading";

interface Props {
  orgSlug: string;
  teamId: string;
  member: TeamMember;
  /** Admins choose leads and may remove anyone. */
  isAdmin: boolean;
  /** Admins, and the manager or project lead who leads this team. */
  canManageMembers: boolean;
  /** Whether the email and role columns are shown. */
  showsContacts: boolean;
}

export function MemberRow({ orgSlug, teamId, member, isAdmin, canManageMembers, showsContacts }: Props) {
  const trpc = useTRPC();
  const { refreshing, changed } = useTeamChanged(orgSlug, teamId);
  const [error, setError] = useState<string | null>(null);
  const onError = (failure: unknown) => setError(clientFailure(failure).message);
  const setLead = useMutation(
    trpc.team.setLead.mutationOptions({
      onSuccess: (_result, input) => {
        toast.success(input.isLead ? `${member.name} now leads the team.` : `${member.name} no longer leads the team.`);
        changed();
      },
      onError,
    }),
  );
  const remove = useMutation(
    trpc.team.removeMember.mutationOptions({
      onSuccess: () => {
        toast.success(`${member.name} was removed from the team.`);
        // The row and its button leave the table: the list's heading takes the focus.
        focusById(MEMBERS_HEADING_ID);
        changed();
      },
      onError,
    }),
  );
  const busy = setLead.isPending || remove.isPending || refreshing;
  // The box shows the requested state at once, until the page has the saved one or the change fails.
  const [leadRequested, setLeadRequested] = useState<boolean | null>(null);
  useEffect(() => {
    if (leadRequested === member.isLead) setLeadRequested(null);
  }, [leadRequested, member.isLead]);
  const shownLead = leadRequested ?? member.isLead;
  // Leads are an admin's choice; the server refuses others, so the button is not offered.
  const canRemove = canManageMembers && (isAdmin || !member.isLead);

  return (
    <TableRow className="align-middle">
      <TableCell>
        <span className="font-medium text-slate-900">{member.name}</span>
        {!member.active && (
          <span className="ml-2">
            <Badge tone="neutral">Deactivated</Badge>
          </span>
        )}
        {showsContacts && member.email && <span className="block text-xs text-slate-500 sm:hidden">{member.email}</span>}
      </TableCell>
      {showsContacts && (
        <>
          <TableCell className="hidden text-slate-600 sm:table-cell">{member.email ?? "—"}</TableCell>
          <TableCell className="text-slate-600">{member.role ? ROLE_LABELS[member.role] : "—"}</TableCell>
        </>
      )}
      <TableCell>
        {isAdmin ? (
          <label className="inline-flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="size-4 accent-brand-600"
              checked={shownLead}
              disabled={busy || (!member.isLead && !member.active)}
              aria-label={`${member.name} leads the team`}
              onChange={(event) => {
                const isLead = event.target.checked;
                setError(null);
                setLeadRequested(isLead);
                setLead.mutate({ orgSlug, teamId, membershipId: member.membershipId, isLead }, { onError: () => setLeadRequested(null) });
              }}
            />
            <span aria-hidden>Lead</span>
          </label>
        ) : (
          member.isLead && <Badge tone="brand">Lead</Badge>
        )}
      </TableCell>
      <TableCell className="text-right">
        <div className="flex items-center justify-end gap-2">
          {busy && !remove.isPending && <Spinner />}
          {canRemove && (
            <Button
              variant="ghost"
              className="px-3 py-1 text-red-700 hover:bg-red-50"
              pending={remove.isPending}
              disabled={busy}
              aria-label={`Remove ${member.name} from the team`}
              onClick={() => {
                setError(null);
                remove.mutate({ orgSlug, teamId, membershipId: member.membershipId });
              }}
            >
              Remove
            </Button>
          )}
        </div>
        {error && (
          <p role="alert" className="mt-1 text-xs font-medium text-red-600">
            {error}
          </p>
        )}
      </TableCell>
    </TableRow>
  );
}
