"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { createTeamSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefresh } from "./use-refresh";

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
  const { refreshing, refresh } = useRefresh();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<{ name: string }>({ resolver: zodResolver(renameSchema), defaultValues: { name: currentName } });
  const rename = useMutation(
    trpc.team.rename.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        refresh();
      },
      onError: (error) => {
        const failure = clientFailure(error);
        const nameError = failure.fieldErrors.name?.[0];
        if (nameError) form.setError("name", { message: nameError }, { shouldFocus: true });
        else setFormError(failure.message);
      },
    }),
  );

  // Close only once the new name is on screen, so the old one never flashes back.
  useEffect(() => {
    if (saved && !refreshing) onDone();
  }, [saved, refreshing, onDone]);

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
          <Button type="submit" className="px-3 py-2" pending={rename.isPending || (saved && refreshing)}>
            Save
          </Button>
          <Button type="button" variant="ghost" className="px-3 py-2" onClick={onDone}>
            Cancel
          </Button>
        </div>
      </div>
      {formError && (
        <p role="alert" className="text-xs font-medium text-red-600">
          {formError}
        </p>
      )}
    </form>
  );
}
