"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

export function LeaveOrganizationButton({ orgSlug, orgName }: { orgSlug: string; orgName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const leave = useMutation(
    trpc.member.leave.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (failure) => setError(clientFailure(failure).message),
    }),
  );
  return (
    <div className="flex flex-col items-end gap-1">
      <ConfirmDialog
        trigger={
          <Button variant="ghost" className="px-3 py-1 text-red-700 hover:bg-red-50" pending={leave.isPending}>
            Leave
          </Button>
        }
        title={`Leave ${orgName}?`}
        description="You lose access at once. An admin can invite you again."
        cancelLabel="Stay"
        confirmLabel="Leave organization"
        onConfirm={() => leave.mutate({ orgSlug })}
      />
      {error && (
        <p role="alert" className="max-w-72 text-right text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
