"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Pencil, Plus } from "lucide-react";
import { objectiveSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/types";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

interface FormValues {
  name: string;
  description: string;
  ownerMembershipId: string;
  dueDate: string;
}

type Objective = RouterOutputs["objective"]["list"][number];
type Member = RouterOutputs["kpi"]["formOptions"]["members"][number];

interface Props {
  orgSlug: string;
  members: readonly Member[];
  /** The objective to edit; without it the dialog creates a new one. */
  objective?: Objective;
}

function valuesOf(objective: Objective | undefined, members: readonly Member[]): FormValues {
  return objective
    ? { name: objective.name, description: objective.description, ownerMembershipId: objective.owner.membershipId, dueDate: objective.dueDate ?? "" }
    : { name: "", description: "", ownerMembershipId: members[0]?.membershipId ?? "", dueDate: "" };
}

/** Creates an objective, or edits one: the same fields either way. */
export function ObjectiveDialog({ orgSlug, members, objective }: Props) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues>({ resolver: zodResolver(objectiveSchema) as never, defaultValues: valuesOf(objective, members) });
  // The dialog stays open, its button busy, until the list shows the change; then focus returns to the trigger.
  const close = () => setOpen(false);
  const onError = (error: unknown) => setFormError(applyServerErrors(form, error));
  const create = useRefreshingMutation(
    trpc.objective.create.mutationOptions({
      onSuccess: (_created, input) => {
        toast.success(`Objective “${input.name}” created.`);
        form.reset(valuesOf(undefined, members));
      },
      onError,
    }),
    close,
  );
  const update = useRefreshingMutation(
    trpc.objective.update.mutationOptions({
      onSuccess: (_saved, input) => toast.success(`Objective “${input.name}” saved.`),
      onError,
    }),
    close,
  );
  const { errors } = form.formState;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setFormError(null);
          form.reset(valuesOf(objective, members));
        }
      }}
    >
      <DialogTrigger asChild>
        {objective ? (
          <Button variant="ghost" className="px-3 py-1" aria-label={`Edit ${objective.name}`}>
            <Pencil aria-hidden className="size-4" />
            Edit
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden className="size-4" />
            New objective
          </Button>
        )}
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{objective ? "Edit objective" : "New objective"}</DialogTitle>
          <DialogDescription>An outcome the organization works towards, with an owner and a date.</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="mt-5 flex flex-col gap-4"
          onSubmit={form.handleSubmit((values) => {
            setFormError(null);
            const fields = { ...values, dueDate: values.dueDate || null };
            if (objective) update.mutate({ orgSlug, objectiveId: objective.id, ...fields } as never);
            else create.mutate({ orgSlug, ...fields } as never);
          })}
        >
          <FormError message={formError} />
          <TextField label="Objective" autoFocus error={errors.name?.message} {...form.register("name")} />
          <Textarea label="Description (optional)" error={errors.description?.message} {...form.register("description")} />
          <SelectField
            label="Owner"
            options={members.map((m) => ({ value: m.membershipId, label: m.name }))}
            error={errors.ownerMembershipId?.message}
            {...form.register("ownerMembershipId")}
          />
          <TextField label="Due date (optional)" type="date" error={errors.dueDate?.message} {...form.register("dueDate")} />
          <DialogFooter className="mt-2">
            <Button type="submit" pending={create.pending || update.pending}>
              {objective ? "Save objective" : "Create objective"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
