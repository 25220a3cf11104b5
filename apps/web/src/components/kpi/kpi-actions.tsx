"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { Archive, ArchiveRestore, Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { focusById } from "@/lib/focus";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

interface KpiActionsProps {
  orgSlug: string;
  kpi: { id: string; name: string; archived: boolean };
}

// Archive and Restore replace each other; the focus moves to the one that appears, not to the page.
const ARCHIVE_TOGGLE_ID = "kpi-archive-toggle";

/** Edit, archive (after a confirmation) and restore, for members who may change the KPI. */
export function KpiActions({ orgSlug, kpi }: KpiActionsProps) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onError = (failure: unknown) => setError(clientFailure(failure).message);
  // The dialog stays open, with its spinner, until the page shows the KPI archived.
  const archive = useRefreshingMutation(
    trpc.kpi.archive.mutationOptions({ onSuccess: () => toast.success(`${kpi.name} was archived.`), onError }),
    () => setOpen(false),
  );
  const restore = useRefreshingMutation(
    trpc.kpi.restore.mutationOptions({ onSuccess: () => toast.success(`${kpi.name} was restored.`), onError }),
    () => focusById(ARCHIVE_TOGGLE_ID),
  );

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        <Link href={`/${orgSlug}/kpis/${kpi.id}/edit`} className={buttonClasses("secondary")}>
          <Pencil aria-hidden className="size-4" />
          Edit
        </Link>
        {kpi.archived ? (
          <Button
            id={ARCHIVE_TOGGLE_ID}
            variant="secondary"
            pending={restore.pending}
            onClick={() => {
              setError(null);
              restore.mutate({ orgSlug, kpiId: kpi.id });
            }}
          >
            <ArchiveRestore aria-hidden className="size-4" />
            Restore
          </Button>
        ) : (
          <ConfirmDialog
            open={open}
            onOpenChange={(next) => {
              setOpen(next);
              if (next) setError(null);
            }}
            trigger={
              <Button id={ARCHIVE_TOGGLE_ID} variant="secondary">
                <Archive aria-hidden className="size-4" />
                Archive
              </Button>
            }
            title={`Archive ${kpi.name}?`}
            description="It leaves the KPI lists and stops asking for values. Its values and history stay, and it can be restored at any time."
            confirmLabel="Archive KPI"
            error={error}
            staysOpen
            pending={archive.pending}
            onCloseAutoFocus={(event) => {
              if (!archive.isSuccess) return;
              event.preventDefault();
              focusById(ARCHIVE_TOGGLE_ID);
            }}
            onConfirm={() => archive.mutate({ orgSlug, kpiId: kpi.id })}
          />
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
