"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { Dialog } from "radix-ui";
import { Plus, Trash2, UserPlus, X } from "lucide-react";
import { inviteMembersSchema, MAX_INVITATIONS_AT_ONCE, ROLE_LABELS, ROLES, type InviteMembersInput } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

type InviteForm = { invitations: { email: string; role: InviteMembersInput["invitations"][number]["role"]; teamIds: string[] }[] };

const EMPTY_ROW = { email: "", role: "viewer" as const, teamIds: [] };
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function InviteDialog({ orgSlug, teams }: { orgSlug: string; teams: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm<InviteForm>({
    resolver: zodResolver(inviteMembersSchema) as never,
    defaultValues: { invitations: [EMPTY_ROW] },
  });
  const rows = useFieldArray({ control: form.control, name: "invitations" });
  const invite = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: (created) => {
        setSent(`${created.length} invitation${created.length === 1 ? "" : "s"} sent.`);
        form.reset({ invitations: [EMPTY_ROW] });
        setOpen(false);
        router.refresh();
      },
      onError: (error) => {
        const failure = clientFailure(error);
        let placed = false;
        for (const [path, messages] of Object.entries(failure.fieldErrors)) {
          const match = /^invitations\.(\d+)\.(email|role|teamIds)$/.exec(path);
          if (match && messages[0]) {
            form.setError(`invitations.${Number(match[1])}.${match[2] as "email" | "role" | "teamIds"}`, { message: messages[0] });
            placed = true;
          }
        }
        setFormError(placed ? null : failure.message);
      },
    }),
  );
  const errors = form.formState.errors.invitations;

  return (
    <>
      {sent && <Alert tone="success">{sent}</Alert>}
      <Dialog.Root
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setSent(null);
        }}
      >
        <Dialog.Trigger asChild>
          <Button>
            <UserPlus aria-hidden className="size-4" />
            Invite people
          </Button>
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
          <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[min(96vw,44rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl">
            <div className="flex items-start justify-between">
              <div>
                <Dialog.Title className="text-lg font-semibold">Invite people</Dialog.Title>
                <Dialog.Description className="mt-1 text-sm text-slate-600">
                  Each person gets an email with a link that works once and expires in 7 days.
                </Dialog.Description>
              </div>
              <Dialog.Close className="rounded p-1 text-slate-500 hover:bg-slate-100" aria-label="Close">
                <X aria-hidden className="size-5" />
              </Dialog.Close>
            </div>
            <form
              noValidate
              className="mt-6 flex flex-col gap-4"
              onSubmit={form.handleSubmit((values) => {
                setFormError(null);
                invite.mutate({ orgSlug, invitations: values.invitations });
              })}
            >
              {formError && <Alert>{formError}</Alert>}
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
                      <SelectField
                        label={`Role ${index + 1}`}
                        options={ROLE_OPTIONS}
                        error={errors?.[index]?.role?.message}
                        {...form.register(`invitations.${index}.role`)}
                      />
                      <Button
                        type="button"
                        variant="ghost"
                        className="mt-6 px-2"
                        aria-label={`Remove row ${index + 1}`}
                        disabled={rows.fields.length === 1}
                        onClick={() => rows.remove(index)}
                      >
                        <Trash2 aria-hidden className="size-4" />
                      </Button>
                    </div>
                    {teams.length > 0 && (
                      <fieldset className="mt-3">
                        <legend className="text-xs font-medium text-slate-600">Teams for person {index + 1} (optional)</legend>
                        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                          <Controller
                            control={form.control}
                            name={`invitations.${index}.teamIds`}
                            render={({ field }) => (
                              <>
                                {teams.map((team) => (
                                  <label key={team.id} className="flex items-center gap-1.5 text-sm">
                                    <input
                                      type="checkbox"
                                      checked={field.value.includes(team.id)}
                                      onChange={(event) =>
                                        field.onChange(
                                          event.target.checked ? [...field.value, team.id] : field.value.filter((id) => id !== team.id),
                                        )
                                      }
                                    />
                                    {team.name}
                                  </label>
                                ))}
                              </>
                            )}
                          />
                        </div>
                        {errors?.[index]?.teamIds?.message && <p className="text-xs font-medium text-red-600">{errors[index]?.teamIds?.message}</p>}
                      </fieldset>
                    )}
                  </li>
                ))}
              </ol>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <Button
                  type="button"
                  variant="secondary"
                  disabled={rows.fields.length >= MAX_INVITATIONS_AT_ONCE}
                  onClick={() => rows.append(EMPTY_ROW)}
                >
                  <Plus aria-hidden className="size-4" />
                  Add another person
                </Button>
                <Button type="submit" pending={invite.isPending}>
                  Send {rows.fields.length === 1 ? "invitation" : `${rows.fields.length} invitations`}
                </Button>
              </div>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
