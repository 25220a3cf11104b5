"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useFieldArray, useForm, type Path } from "react-hook-form";
import { Plus, Trash2, UserPlus } from "lucide-react";
import { inviteMembersSchema, MAX_INVITATIONS_AT_ONCE, ROLE_LABELS, ROLES, type InviteMembersInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/types";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

type InviteForm = { invitations: { email: string; role: InviteMembersInput["invitations"][number]["role"]; teamIds: string[] }[] };
type Team = Pick<RouterOutputs["team"]["list"][number], "id" | "name">;

const EMPTY_ROW = { email: "", role: "viewer" as const, teamIds: [] };
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** An API error path beside the input of its row; a team in a row's list belongs to the row's team boxes. */
function inputOf(path: string): Path<InviteForm> | null {
  const match = /^invitations\.(\d+)\.(email|role|teamIds)(\.\d+)?$/.exec(path);
  return match ? (`invitations.${Number(match[1])}.${match[2] as "email" | "role" | "teamIds"}` as const) : null;
}

export function InviteDialog({ orgSlug, teams }: { orgSlug: string; teams: readonly Team[] }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteForm>({
    resolver: zodResolver(inviteMembersSchema) as never,
    defaultValues: { invitations: [EMPTY_ROW] },
  });
  const rows = useFieldArray({ control: form.control, name: "invitations" });
  // The dialog stays open, its button busy, until the pending list shows the new invitations.
  const invite = useRefreshingMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: (created) => {
        toast.success(`${created.length} invitation${created.length === 1 ? "" : "s"} sent.`);
      },
      onError: (error) => setFormError(applyServerErrors(form, error, { pathOf: inputOf })),
    }),
    () => {
      setOpen(false);
      form.reset({ invitations: [EMPTY_ROW] });
    },
  );
  const errors = form.formState.errors.invitations;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setFormError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden className="size-4" />
          Invite people
        </Button>
      </DialogTrigger>
      <DialogContent size="lg">
        <DialogHeader>
          <DialogTitle>Invite people</DialogTitle>
          <DialogDescription>Each person gets an email with a link that works once and expires in 7 days.</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="mt-6 flex flex-col gap-4"
          onSubmit={form.handleSubmit((values) => {
            setFormError(null);
            invite.mutate({ orgSlug, invitations: values.invitations });
          })}
        >
          <FormError message={formError} />
          <ol className="flex flex-col gap-4">
            {rows.fields.map((row, index) => (
              <li key={row.id} className="rounded-lg border border-slate-200 p-4">
                <div className="grid gap-3 sm:grid-cols-[1fr_11rem_auto] sm:items-start">
                  <TextField
                    label={`Email ${index + 1}`}
                    type="email"
                    autoFocus={index === rows.fields.length - 1}
                    error={errors?.[index]?.email?.message}
                    {...form.register(`invitations.${index}.email`)}
                  />
                  <SelectField label={`Role ${index + 1}`} options={ROLE_OPTIONS} error={errors?.[index]?.role?.message} {...form.register(`invitations.${index}.role`)} />
                  <Button
                    type="button"
                    variant="ghost"
                    className="px-2 sm:mt-6"
                    aria-label={`Remove row ${index + 1}`}
                    disabled={rows.fields.length === 1}
                    onClick={() => rows.remove(index)}
                  >
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                </div>
                {teams.length > 0 && (
                  <Controller
                    control={form.control}
                    name={`invitations.${index}.teamIds`}
                    render={({ field }) => (
                      <CheckboxGroup
                        className="mt-3"
                        legend={`Teams for person ${index + 1} (optional)`}
                        choices={teams.map((team) => ({ value: team.id, label: team.name }))}
                        value={field.value}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        error={errors?.[index]?.teamIds?.message}
                        empty="No teams yet."
                      />
                    )}
                  />
                )}
              </li>
            ))}
          </ol>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <Button type="button" variant="secondary" disabled={rows.fields.length >= MAX_INVITATIONS_AT_ONCE} onClick={() => rows.append(EMPTY_ROW)}>
              <Plus aria-hidden className="size-4" />
              Add another person
            </Button>
            <Button type="submit" pending={invite.pending}>
              Send {rows.fields.length === 1 ? "invitation" : `${rows.fields.length} invitations`}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
