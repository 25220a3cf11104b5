"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { AlertDialog } from "radix-ui";
import { Archive, ArchiveRestore, Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

interface KpiActionsProps {
  orgSlug: string;
  kpi: { id: string; name: string; archived: boolean };
}

/** Edit, archive (after a confirmation) and restore, for members who may change the KPI. */
export function KpiActions({ orgSlug, kpi }: KpiActionsProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = () => {
    setOpen(false);
    startRefresh(() => router.refresh());
  };
  const archive = useMutation(trpc.kpi.archive.mutationOptions({ onSuccess: done, onError: (failure) => setError(clientFailure(failure).message) }));
  const restore = useMutation(trpc.kpi.restore.mutationOptions({ onSuccess: done, onError: (failure) => setError(clientFailure(failure).message) }));

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        <Link href={`/${orgSlug}/kpis/${kpi.id}/edit`} className={buttonClasses("secondary")}>
          <Pencil aria-hidden className="size-4" />
          Edit
        </Link>
        {kpi.archived ? (
          <Button
            variant="secondary"
            pending={restore.isPending || refreshing}
            onClick={() => {
              setError(null);
              restore.mutate({ orgSlug, kpiId: kpi.id });
            }}
          >
            <ArchiveRestore aria-hidden className="size-4" />
            Restore
          </Button>
        ) : (
          <AlertDialog.Root
            open={open}
            onOpenChange={(next) => {
              setOpen(next);
              if (next) setError(null);
            }}
          >
            <AlertDialog.Trigger asChild>
              <Button variant="secondary">
                <Archive aria-hidden className="size-4" />
                Archive
              </Button>
            </AlertDialog.Trigger>
            <AlertDialog.Portal>
              <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
              <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-surface p-6 shadow-xl">
                <AlertDialog.Title className="text-lg font-semibold text-slate-900">Archive {kpi.name}?</AlertDialog.Title>
                <AlertDialog.Description className="mt-2 text-sm text-slate-600">
                  It leaves the KPI lists and stops asking for values. Its values and history stay, and it can be restored at any time.
                </AlertDialog.Description>
                {error && (
                  <p role="alert" className="mt-3 text-sm font-medium text-red-600">
                    {error}
                  </p>
                )}
                <div className="mt-6 flex justify-end gap-3">
                  <AlertDialog.Cancel asChild>
                    <Button variant="secondary">Cancel</Button>
                  </AlertDialog.Cancel>
                  {/* Not an AlertDialog.Action: the dialog stays open, with its spinner, until the KPI is archived. */}
                  <Button variant="danger" pending={archive.isPending || refreshing} onClick={() => archive.mutate({ orgSlug, kpiId: kpi.id })}>
                    Archive KPI
                  </Button>
                </div>
              </AlertDialog.Content>
            </AlertDialog.Portal>
          </AlertDialog.Root>
        )}
      </div>
      {error && !open && (
        <p role="alert" className="max-w-sm text-right text-sm font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
