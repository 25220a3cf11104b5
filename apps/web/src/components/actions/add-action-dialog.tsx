"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import type { ActionFormOptions } from "./types";

// The form, its schema and the form library load when the dialog first opens, not with the page.
const AddActionForm = dynamic(() => import("./add-action-form").then((module) => module.AddActionForm), {
  ssr: false,
  loading: () => (
    <div className="mt-5">
      <Spinner label="Loading…" />
    </div>
  ),
});

interface Props {
  orgSlug: string;
  options: ActionFormOptions;
  /** The day a new action is due by default: the organization's today plus two weeks. */
  defaultDueDate: string;
  /** The review the action is decided in, if any. */
  reviewId?: string | null;
}

/** A new corrective action on the given KPIs, for one of the people who may see them all. */
export function AddActionDialog({ orgSlug, options, defaultDueDate, reviewId = null }: Props) {
  const [open, setOpen] = useState(false);
  const kpiNames = options.kpis.map((kpi) => kpi.name).join(", ");
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Plus aria-hidden className="size-4" />
          Add action
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add action</DialogTitle>
          <DialogDescription>A corrective task on {kpiNames}, with an owner and a due date.</DialogDescription>
        </DialogHeader>
        <AddActionForm orgSlug={orgSlug} options={options} defaultDueDate={defaultDueDate} reviewId={reviewId} onAdded={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
