"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ROLE_LABELS } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useTeamChanged } from "./use-team-change";

export function AddMemberForm({ orgSlug, teamId, teamName }: { orgSlug: string; teamId: string; teamName: string }) {
  const trpc = useTRPC();
  const { refreshing, changed } = useTeamChanged(orgSlug, teamId);
  const [selected, setSelected] = useState("");
  const [error, setError] = useState<string | null>(null);
  const candidates = useQuery(trpc.team.candidates.queryOptions({ orgSlug, teamId }));
  const add = useMutation(
    trpc.team.addMember.mutationOptions({
      onSuccess: (_result, input) => {
        const added = candidates.data?.find((candidate) => candidate.membershipId === input.membershipId);
        toast.success(`${added?.name ?? "The member"} was added to ${teamName}.`);
        setSelected("");
        changed();
      },
      onError: (failure) => setError(clientFailure(failure).message),
    }),
  );

  if (candidates.isPending) return <Spinner label="Loading members who can join…" />;
  if (candidates.isError) {
    return (
      <p role="alert" className="text-sm text-red-700">
        {clientFailure(candidates.error).message}
      </p>
    );
  }
  if (candidates.data.length === 0) {
    return <p className="text-sm text-slate-600">Every active member of the organization is already in {teamName}.</p>;
  }

  const options = [
    { value: "", label: "Choose a member…" },
    ...candidates.data.map((candidate) => ({
      value: candidate.membershipId,
      label: `${candidate.name} (${ROLE_LABELS[candidate.role]}) · ${candidate.email}`,
    })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!selected) {
      setError("Choose a member to add.");
      return;
    }
    add.mutate({ orgSlug, teamId, membershipId: selected });
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-wrap items-end gap-3">
      <SelectField
        label="Member to add"
        className="min-w-64 flex-1"
        options={options}
        value={selected}
        error={error ?? undefined}
        onChange={(event) => setSelected(event.target.value)}
      />
      <Button type="submit" variant="secondary" pending={add.isPending || refreshing} className={error ? "mb-6" : undefined}>
        Add to team
      </Button>
    </form>
  );
}
