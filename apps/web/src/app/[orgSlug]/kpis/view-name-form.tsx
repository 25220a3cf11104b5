"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { savedViewNameSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";

const nameForm = z.object({ name: savedViewNameSchema });

interface Props {
  initialName: string;
  submitLabel: string;
  onSave: (name: string) => Promise<unknown>;
  onSaved: () => void;
}

/** A view's name; it mounts afresh each time its dialog opens. */
export function ViewNameForm({ initialName, submitLabel, onSave, onSaved }: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ name: string }>({ resolver: zodResolver(nameForm), defaultValues: { name: initialName } });
  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-3"
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null);
        try {
          await onSave(values.name);
          onSaved();
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
  );
}
