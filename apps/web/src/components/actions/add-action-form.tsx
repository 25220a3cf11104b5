"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { actionFormSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";
import type { ActionFormOptions } from "./types";

interface FormValues {
  title: string;
  description: string;
  ownerMembershipId: string;
  dueDate: string;
  kpiIds: string[];
}

interface Props {
  orgSlug: string;
  options: ActionFormOptions;
  defaultDueDate: string;
  reviewId: string | null;
  /** Closes the dialog once the page shows the new action. */
  onAdded: () => void;
}

/** The new action's fields; it mounts empty each time the dialog opens. */
export function AddActionForm({ orgSlug, options, defaultDueDate, reviewId, onAdded }: Props) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const empty = (): FormValues => ({ title: "", description: "", ownerMembershipId: "", dueDate: defaultDueDate, kpiIds: options.kpis.map((kpi) => kpi.id) });
  const form = useForm<FormValues>({ resolver: zodResolver(actionFormSchema) as never, defaultValues: empty() });
  const create = useRefreshingMutation(
    trpc.action.create.mutationOptions({
      onSuccess: (created) => {
        toast.success(`Action “${created.title}” added.`);
        form.reset(empty());
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
    onAdded,
  );
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="mt-5 flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        create.mutate({ orgSlug, ...values, reviewId });
      })}
    >
      <FormError message={formError} />
      <TextField label="Action" autoFocus error={errors.title?.message} {...form.register("title")} />
      <Textarea label="Description (optional)" error={errors.description?.message} {...form.register("description")} />
      <SelectField
        label="Owner"
        options={[{ value: "", label: "Choose who does it" }, ...options.owners.map((owner) => ({ value: owner.membershipId, label: owner.name }))]}
        error={errors.ownerMembershipId?.message}
        {...form.register("ownerMembershipId")}
      />
      <TextField label="Due date" type="date" error={errors.dueDate?.message} {...form.register("dueDate")} />
      {errors.kpiIds?.message && (
        <p role="alert" className="text-sm text-red-700">
          {errors.kpiIds.message}
        </p>
      )}
      <DialogFooter className="mt-2">
        <Button type="submit" pending={create.pending}>
          Add action
        </Button>
      </DialogFooter>
    </form>
  );
}
