"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { Download } from "lucide-react";
import { buttonClasses } from "@/components/ui/button-classes";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";

// The form, its schema and the form library load when the dialog first opens, not with the list.
const ExportValuesForm = dynamic(() => import("./export-values-form").then((module) => module.ExportValuesForm), {
  ssr: false,
  loading: () => (
    <div className="mt-4">
      <Spinner label="Loading…" />
    </div>
  ),
});

/**
 * "Export values…": the values of every KPI the member may see, over a range of periods, as CSV or Excel. The
 * file comes from a plain download link, so the browser streams it and shows its progress.
 */
export function ExportValuesDialog({ orgSlug }: { orgSlug: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className={buttonClasses("secondary")}>
        <Download aria-hidden className="size-4" />
        Export values…
      </DialogTrigger>
      <DialogContent size="sm">
        <DialogHeader>
          <DialogTitle>Export values</DialogTitle>
          <DialogDescription>The recorded values of every active KPI you can see, one row per KPI and period, ready to edit and import again.</DialogDescription>
        </DialogHeader>
        <ExportValuesForm orgSlug={orgSlug} onStarted={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
