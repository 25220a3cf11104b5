"use client";

import { useState } from "react";
import { KeyRound, Send, Trash2 } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { PAGE_TITLE_ID } from "@/components/ui/page-header";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";
import { SecretNotice } from "./secret-notice";

interface EndpointActionsProps {
  orgSlug: string;
  endpointId: string;
  url: string;
}

/** Send a test event, replace the signing secret, remove the endpoint. */
export function EndpointActions({ orgSlug, endpointId, url }: EndpointActionsProps) {
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const failed = (failure: unknown) => setError(clientFailure(failure).message);
  const sendTest = useRefreshingMutation(
    trpc.webhook.sendTest.mutationOptions({
      onMutate: () => setError(null),
      onSuccess: () => toast.success("Test event queued. Its delivery appears in the log below."),
      onError: failed,
    }),
  );
  const rotate = useRefreshingMutation(
    trpc.webhook.rotateSecret.mutationOptions({
      onMutate: () => setError(null),
      onSuccess: (rotated) => {
        setSecret(rotated.secret);
        toast.success("Signing secret replaced. The old one no longer signs events.");
      },
      onError: failed,
    }),
  );
  const remove = useRefreshingMutation(
    trpc.webhook.delete.mutationOptions({
      onMutate: () => setError(null),
      onSuccess: () => {
        toast.success("Endpoint removed.");
        // The endpoint leaves the page with this component and its buttons: the focus goes to the page's title now.
        document.getElementById(PAGE_TITLE_ID)?.focus();
      },
      onError: failed,
    }),
  );

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" className="px-3 py-1" pending={sendTest.pending} onClick={() => sendTest.mutate({ orgSlug, endpointId })}>
          <Send aria-hidden className="size-4" />
          Send a test event
        </Button>
        <ConfirmDialog
          trigger={
            <Button variant="ghost" className="px-3 py-1" pending={rotate.pending}>
              <KeyRound aria-hidden className="size-4" />
              Rotate secret
            </Button>
          }
          title="Replace the signing secret?"
          description={`Events to ${url} are signed with the new secret at once; the receiver must be given it, or it will reject them.`}
          confirmLabel="Replace secret"
          onConfirm={() => rotate.mutate({ orgSlug, endpointId })}
        />
        <ConfirmDialog
          trigger={
            <Button variant="ghost" className="px-3 py-1 text-red-700 hover:bg-red-50" pending={remove.pending}>
              <Trash2 aria-hidden className="size-4" />
              Remove
            </Button>
          }
          title="Remove this endpoint?"
          description={`No more events go to ${url}, and its delivery log is deleted.`}
          confirmLabel="Remove endpoint"
          onConfirm={() => remove.mutate({ orgSlug, endpointId })}
          onCloseAutoFocus={(event) => event.preventDefault()}
        />
      </div>
      {error && <Alert>{error}</Alert>}
      <Dialog open={secret !== null} onOpenChange={(open) => !open && setSecret(null)}>
        <DialogContent size="lg">
          <DialogHeader>
            <DialogTitle>New signing secret</DialogTitle>
            <DialogDescription>Give it to the system behind {url}.</DialogDescription>
          </DialogHeader>
          <div className="mt-6">{secret && <SecretNotice secret={secret} />}</div>
          <DialogFooter>
            <Button onClick={() => setSecret(null)}>Done</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
