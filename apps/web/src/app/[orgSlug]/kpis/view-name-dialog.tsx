"use client";

import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";

// The form, its schema and the form library load when a dialog first opens, not with the list.
const ViewNameForm = dynamic(() => import("./view-name-form").then((module) => module.ViewNameForm), {
  ssr: false,
  loading: () => (
    <div className="mt-4">
      <Spinner label="Loading…" />
    </div>
  ),
});

interface Props {
  trigger: ReactNode;
  title: string;
  description: string;
  submitLabel: string;
  initialName?: string;
  /** Saves the name; rejects with the server's error, which lands on the field or above it. */
  onSave: (name: string) => Promise<unknown>;
}

/** Asks for a view's name, for a new view or a rename; closes once saved. */
export function ViewNameDialog({ trigger, title, description, submitLabel, initialName = "", onSave }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="sm">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <ViewNameForm initialName={initialName} submitLabel={submitLabel} onSave={onSave} onSaved={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
