"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { TEAM_KIND_LABELS, TEAM_KINDS, createTeamSchema, type CreateTeamInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { RadioGroupField } from "@/components/ui/radio-group";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

const KIND_HINTS = {
  department: "A lasting unit, led by a manager",
  project: "Time-bound work, led by a project lead",
} as const;

const KIND_CHOICES = TEAM_KINDS.map((kind) => ({ value: kind, label: TEAM_KIND_LABELS[kind], description: KIND_HINTS[kind] }));

export function NewTeamForm({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateTeamInput>({ resolver: zodResolver(createTeamSchema), defaultValues: { name: "", kind: "department" } });
  const create = useRefreshingMutation(
    trpc.team.create.mutationOptions({
      onSuccess: (team) => {
        // The kind stays chosen: teams are usually created in runs of one kind.
        form.reset({ name: "", kind: team.kind });
        form.setFocus("name");
        toast.success(`${team.name} was created.`);
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );
  const { errors } = form.formState;

  return (
    <form
      noValidate
      aria-labelledby="new-team-heading"
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        create.mutate({ orgSlug, ...values });
      })}
    >
      <h2 id="new-team-heading" className="text-base font-semibold text-slate-900">
        New team
      </h2>
      <FormError message={formError} />
      <div className="flex flex-col gap-4 md:flex-row md:items-start">
        <TextField label="Team name" className="md:flex-1" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <RadioGroupField
              legend="Kind"
              orientation="horizontal"
              choices={KIND_CHOICES}
              name={field.name}
              value={field.value}
              onValueChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.kind?.message}
            />
          )}
        />
      </div>
      <div>
        <Button type="submit" pending={create.pending}>
          Create team
        </Button>
      </div>
    </form>
  );
}
