"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { savedViewNameSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";

const nameForm = z.object({ name: savedViewNameSchema });

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
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ name: string }>({ resolver: zodResolver(nameForm), defaultValues: { name: initialName } });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          form.reset({ name: initialName });
          setFormError(null);
        }
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="sm">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="mt-4 flex flex-col gap-3"
          onSubmit={form.handleSubmit(async (values) => {
            setFormError(null);
            try {
              await onSave(values.name);
              setOpen(false);
            } catch (error) {
              setFormError(applyServerErrors(form, error));
            }
          })}
        >
          <TextField label="View name" autoComplete="off" maxLength={60} error={form.formState.errors.name?.message} {...form.register("name")} />
          <FormError message={formError} />
          <DialogFooter>
            <Button type="submit" pending={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
