"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TEAM_KIND_LABELS, TEAM_KINDS, createTeamSchema, type CreateTeamInput } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefresh } from "./use-refresh";

const KIND_HINTS = {
  department: "a lasting unit, led by a manager",
  project: "time-bound work, led by a project lead",
} as const;

export function NewTeamForm({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const { refreshing, refresh } = useRefresh();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<CreateTeamInput>({ resolver: zodResolver(createTeamSchema), defaultValues: { name: "", kind: "department" } });
  const create = useMutation(
    trpc.team.create.mutationOptions({
      onSuccess: (team) => {
        // The kind stays chosen: teams are usually created in runs of one kind.
        form.reset({ name: "", kind: team.kind });
        form.setFocus("name");
        setNotice({ tone: "success", text: `${team.name} was created.` });
        refresh();
      },
      onError: (error) => {
        const failure = clientFailure(error);
        const nameError = failure.fieldErrors.name?.[0];
        if (nameError) form.setError("name", { message: nameError }, { shouldFocus: true });
        else setNotice({ tone: "error", text: failure.message });
      },
    }),
  );
  const { errors } = form.formState;

  return (
    <form
      noValidate
      aria-labelledby="new-team-heading"
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setNotice(null);
        create.mutate({ orgSlug, ...values });
      })}
    >
      <h2 id="new-team-heading" className="text-base font-semibold text-slate-900">
        New team
      </h2>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="flex flex-col gap-4 md:flex-row md:items-start">
        <TextField label="Team name" className="md:flex-1" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1.5 text-sm font-medium text-slate-800">Kind</legend>
          <div className="flex gap-4">
            {TEAM_KINDS.map((kind) => (
              <label key={kind} className="flex items-center gap-2 py-2 text-sm text-slate-800" title={KIND_HINTS[kind]}>
                <input type="radio" value={kind} className="size-4 accent-brand-600" {...form.register("kind")} />
                {TEAM_KIND_LABELS[kind]}
              </label>
            ))}
          </div>
          {errors.kind?.message && <p className="text-xs font-medium text-red-600">{errors.kind.message}</p>}
        </fieldset>
      </div>
      <div>
        <Button type="submit" pending={create.isPending || refreshing}>
          Create team
        </Button>
      </div>
    </form>
  );
}
