"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Plus } from "lucide-react";
import { actionFormSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
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
  /** The day a new action is due by default: the organization's today plus two weeks. */
  defaultDueDate: string;
  /** The review the action is decided in, if any. */
  reviewId?: string | null;
}

/** A new corrective action on the given KPIs, for one of the people who may see them all. */
export function AddActionDialog({ orgSlug, options, defaultDueDate, reviewId = null }: Props) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
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
    () => setOpen(false),
  );
  const { errors } = form.formState;
  const kpiNames = options.kpis.map((kpi) => kpi.name).join(", ");
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setFormError(null);
          form.reset(empty());
        }
      }}
    >
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
      </DialogContent>
    </Dialog>
  );
}
