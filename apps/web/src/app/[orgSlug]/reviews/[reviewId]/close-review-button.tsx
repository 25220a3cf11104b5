"use client";

import { useState } from "react";
import { Lock } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { clientFailure } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

/** Closing freezes the review for good, so it asks first and says what will be kept. */
export function CloseReviewButton({ orgSlug, reviewId }: { orgSlug: string; reviewId: string }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = useRefreshingMutation(
    trpc.review.close.mutationOptions({
      onSuccess: () => toast.success("Review closed."),
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
        <Button variant="secondary">
          <Lock aria-hidden className="size-4" />
          Close review
        </Button>
      }
      title="Close this review?"
      description="The agenda, the values of the period and every note, decision and adjustment are kept exactly as they stand now. Nobody can add to or change the review afterwards; values corrected later show as restatements."
      confirmLabel="Close review"
      staysOpen
      pending={close.pending}
      error={error}
      onConfirm={() => close.mutate({ orgSlug, reviewId })}
    />
  );
}
