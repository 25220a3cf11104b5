"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AlertDialog } from "radix-ui";
import { Button } from "@/components/ui/button";
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
      <AlertDialog.Root>
        <AlertDialog.Trigger asChild>
          <Button variant="ghost" className="px-3 py-1 text-red-700 hover:bg-red-50" pending={leave.isPending}>
            Leave
          </Button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl">
            <AlertDialog.Title className="text-lg font-semibold">Leave {orgName}?</AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-sm text-slate-600">
              You lose access at once. An admin can invite you again.
            </AlertDialog.Description>
            <div className="mt-6 flex justify-end gap-3">
              <AlertDialog.Cancel asChild>
                <Button variant="secondary">Stay</Button>
              </AlertDialog.Cancel>
              <AlertDialog.Action asChild>
                <Button variant="danger" onClick={() => leave.mutate({ orgSlug })}>
                  Leave organization
                </Button>
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      {error && (
        <p role="alert" className="max-w-72 text-right text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
