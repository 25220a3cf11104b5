"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Dialog } from "radix-ui";
import { Pencil, Plus, X } from "lucide-react";
import { objectiveSchema } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

interface FormValues {
  name: string;
  description: string;
  ownerMembershipId: string;
  dueDate: string;
}

const FIELDS = ["name", "description", "ownerMembershipId", "dueDate"] as const;

interface ExistingObjective {
  id: string;
  name: string;
  description: string;
  ownerMembershipId: string;
  dueDate: string | null;
}

interface Props {
  orgSlug: string;
  members: { membershipId: string; name: string }[];
  /** The objective to edit; without it the dialog creates a new one. */
  objective?: ExistingObjective;
}

/** Creates an objective, or edits one: the same fields either way. */
export function ObjectiveDialog({ orgSlug, members, objective }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(objectiveSchema) as never,
    defaultValues: objective
      ? { name: objective.name, description: objective.description, ownerMembershipId: objective.ownerMembershipId, dueDate: objective.dueDate ?? "" }
      : { name: "", description: "", ownerMembershipId: members[0]?.membershipId ?? "", dueDate: "" },
  });
  const onSuccess = () => {
    if (!objective) form.reset();
    setOpen(false);
    router.refresh();
  };
  const onError = (error: unknown) => {
    const failure = clientFailure(error);
    let placed = false;
    for (const field of FIELDS) {
      const message = failure.fieldErrors[field]?.[0];
      if (message) {
        form.setError(field, { message });
        placed = true;
      }
    }
    setFormError(placed ? null : failure.message);
  };
  const create = useMutation(trpc.objective.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.objective.update.mutationOptions({ onSuccess, onError }));
  const { errors } = form.formState;
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
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
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(96vw,32rem)] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl">
          <div className="flex items-start justify-between">
            <Dialog.Title className="text-lg font-semibold">{objective ? "Edit objective" : "New objective"}</Dialog.Title>
            <Dialog.Close className="rounded p-1 text-slate-500 hover:bg-slate-100" aria-label="Close">
              <X aria-hidden className="size-5" />
            </Dialog.Close>
          </div>
          <Dialog.Description className="mt-1 text-sm text-slate-600">An outcome the organization works towards, with an owner and a date.</Dialog.Description>
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
            {formError && <Alert>{formError}</Alert>}
            <TextField label="Objective" autoFocus error={errors.name?.message} {...form.register("name")} />
            <div className="flex flex-col gap-1.5">
              <label htmlFor="objective-description" className="text-sm font-medium text-slate-800">
                Description (optional)
              </label>
              <textarea id="objective-description" rows={3} className="rounded-md border border-slate-300 px-3 py-2 text-sm" {...form.register("description")} />
              {errors.description?.message && <p className="text-xs font-medium text-red-600">{errors.description.message}</p>}
            </div>
            <SelectField
              label="Owner"
              options={members.map((m) => ({ value: m.membershipId, label: m.name }))}
              error={errors.ownerMembershipId?.message}
              {...form.register("ownerMembershipId")}
            />
            <TextField label="Due date (optional)" type="date" error={errors.dueDate?.message} {...form.register("dueDate")} />
            <div className="flex justify-end">
              <Button type="submit" pending={create.isPending || update.isPending}>
                {objective ? "Save objective" : "Create objective"}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
