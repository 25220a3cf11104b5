"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { Download } from "lucide-react";
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, exportValuesFormSchema, type ExportValuesForm as ExportValuesFields } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { RadioGroupField } from "@/components/ui/radio-group";
import { toast } from "@/components/ui/toast";
import { startDownload, valuesExportHref } from "./export-links";

const FORMAT_CHOICES = EXPORT_FORMATS.map((format) => ({
  value: format,
  label: EXPORT_FORMAT_LABELS[format],
  description: format === "csv" ? "UTF-8, for any spreadsheet or script" : "An .xlsx workbook",
}));

const EMPTY: ExportValuesFields = { from: "", to: "", format: "csv" };

/** The range and format of a values export; it mounts empty each time the dialog opens. */
export function ExportValuesForm({ orgSlug, onStarted }: { orgSlug: string; onStarted: () => void }) {
  const form = useForm<ExportValuesFields>({ resolver: zodResolver(exportValuesFormSchema), defaultValues: EMPTY });
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        startDownload(valuesExportHref(orgSlug, values.format, { from: values.from || undefined, to: values.to || undefined }));
        toast.success(`Your ${EXPORT_FORMAT_LABELS[values.format]} file is downloading.`);
        onStarted();
      })}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Periods from" type="date" hint="Leave empty for the first" error={errors.from?.message} {...form.register("from")} />
        <TextField label="Periods to" type="date" hint="Leave empty for the latest" error={errors.to?.message} {...form.register("to")} />
      </div>
      <Controller
        control={form.control}
        name="format"
        render={({ field }) => (
          <RadioGroupField
            legend="Format"
            orientation="horizontal"
            choices={FORMAT_CHOICES}
            name={field.name}
            value={field.value}
            onValueChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errors.format?.message}
          />
        )}
      />
      <DialogFooter className="mt-2">
        <DialogClose className={buttonClasses("secondary")}>Cancel</DialogClose>
        <Button type="submit">
          <Download aria-hidden className="size-4" />
          Download
        </Button>
      </DialogFooter>
    </form>
  );
}
