"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { focusById } from "@/lib/focus";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

export const ORGANIZATIONS_HEADING_ID = "account-organizations";

export function LeaveOrganizationButton({ orgSlug, orgName }: { orgSlug: string; orgName: string }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The dialog stays open, with its spinner, until the organization has left the list; a refusal is read in it.
  const leave = useRefreshingMutation(
    trpc.member.leave.mutationOptions({
      onSuccess: () => toast.success(`You left ${orgName}.`),
      onError: (failure) => setError(clientFailure(failure).message),
    }),
    () => setOpen(false),
  );
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setError(null);
      }}
      trigger={
        <Button variant="ghost" className="px-3 py-1 text-red-700 hover:bg-red-50">
          Leave
        </Button>
      }
      title={`Leave ${orgName}?`}
      description="You lose access at once. An admin can invite you again."
      cancelLabel="Stay"
      confirmLabel="Leave organization"
      error={error}
      staysOpen
      pending={leave.pending}
      // The organization's row, and the button that opened this, are gone: the list's heading takes the focus.
      onCloseAutoFocus={(event) => {
        if (!leave.isSuccess) return;
        event.preventDefault();
        focusById(ORGANIZATIONS_HEADING_ID);
      }}
      onConfirm={() => leave.mutate({ orgSlug })}
    />
  );
}
