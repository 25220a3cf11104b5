"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { createTeamSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

// Only the name is edited here; the kind of a team does not change.
const renameSchema = createTeamSchema.pick({ name: true });

interface Props {
  orgSlug: string;
  teamId: string;
  currentName: string;
  onDone: () => void;
}

export function RenameTeamForm({ orgSlug, teamId, currentName, onDone }: Props) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ name: string }>({ resolver: zodResolver(renameSchema), defaultValues: { name: currentName } });
  // Close only once the new name is on screen, so the old one never flashes back.
  const rename = useRefreshingMutation(
    trpc.team.rename.mutationOptions({
      onSuccess: (_team, input) => toast.success(`${currentName} was renamed to ${input.name}.`),
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
    onDone,
  );

  useEffect(() => form.setFocus("name", { shouldSelect: true }), [form]);

  return (
    <form
      noValidate
      className="flex flex-col gap-2"
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone();
      }}
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        rename.mutate({ orgSlug, teamId, name: values.name });
      })}
    >
      <div className="flex flex-wrap items-start gap-2">
        <TextField label="New name" className="min-w-48 flex-1" autoComplete="off" error={form.formState.errors.name?.message} {...form.register("name")} />
        <div className="flex gap-2 pt-7">
          <Button type="submit" className="px-3 py-2" pending={rename.pending}>
            Save
          </Button>
          <Button type="button" variant="ghost" className="px-3 py-2" onClick={onDone}>
            Cancel
          </Button>
        </div>
      </div>
      <FormError message={formError} />
    </form>
  );
}
