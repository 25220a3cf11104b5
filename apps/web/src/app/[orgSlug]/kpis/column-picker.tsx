"use client";

import { useState } from "react";
import { Columns3 } from "lucide-react";
import { KPI_LIST_COLUMN_LABELS, KPI_LIST_COLUMNS, type KpiListColumn } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

const CHOICES = KPI_LIST_COLUMNS.map((column) => ({ value: column, label: KPI_LIST_COLUMN_LABELS[column] }));

/** Which columns the KPI list shows this member; kept with their membership, so every device shows the same. */
export function ColumnPicker({ orgSlug, columns }: { orgSlug: string; columns: readonly KpiListColumn[] }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([...columns]);
  const [error, setError] = useState<string | null>(null);
  const save = useRefreshingMutation(
    trpc.kpi.setListColumns.mutationOptions({
      onSuccess: () => toast.success("Columns saved."),
      onError: (failure) => {
        const { message, fieldErrors } = clientFailure(failure);
        setError(Object.values(fieldErrors)[0]?.[0] ?? message);
      },
    }),
    () => setOpen(false),
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setChosen([...columns]);
          setError(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Columns3 aria-hidden className="size-4" />
          Columns
        </Button>
      </DialogTrigger>
      <DialogContent size="sm">
        <DialogHeader>
          <DialogTitle>Columns of the KPI list</DialogTitle>
          <DialogDescription>The KPI&apos;s name is always shown. Your choice is kept for you alone.</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="mt-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!chosen.length) {
              setError("Choose at least one column.");
              return;
            }
            setError(null);
            save.mutate({ orgSlug, columns: chosen as KpiListColumn[] });
          }}
        >
          <CheckboxGroup legend="Show these columns" choices={CHOICES} value={chosen} onChange={setChosen} error={error ?? undefined} empty={null} />
          <DialogFooter>
            <Button type="submit" pending={save.pending}>
              Save columns
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
