"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Check, Copy, Plus, TriangleAlert } from "lucide-react";
import { addDays, API_KEY_SCOPE_LABELS, createApiKeyFormSchema, type ApiKeyScope } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { RadioGroupField } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

interface FormValues {
  name: string;
  scope: ApiKeyScope;
  teamId: string;
  expiresOn: string;
}

const EMPTY: FormValues = { name: "", scope: "read", teamId: "", expiresOn: "" };

const SCOPE_CHOICES = [
  { value: "read", label: API_KEY_SCOPE_LABELS.read, description: "Lists KPIs and reads their values." },
  { value: "read_write", label: API_KEY_SCOPE_LABELS.read_write, description: "Also records, corrects and removes values." },
];

interface Props {
  orgSlug: string;
  teams: readonly { id: string; name: string }[];
  /** Today on the organization's calendar: the expiry must come after it. */
  today: string;
}

/** Creates a key, then shows its secret once, with a copy button, until the dialog is closed. */
export function CreateApiKeyDialog({ orgSlug, teams, today }: Props) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const schema = useMemo(() => createApiKeyFormSchema(today), [today]);
  const form = useForm<FormValues>({ resolver: zodResolver(schema) as never, defaultValues: EMPTY });
  const create = useRefreshingMutation(
    trpc.apiKey.create.mutationOptions({
      onSuccess: (result) => {
        setCreated({ name: result.key.name, secret: result.secret });
        toast.success(`API key “${result.key.name}” created.`);
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );
  const { errors } = form.formState;

  async function copySecret(secret: string) {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      toast.success("The secret is on your clipboard.");
    } catch {
      toast.error("Your browser did not allow copying. Select the secret and copy it by hand.");
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setFormError(null);
          setCreated(null);
          setCopied(false);
          form.reset(EMPTY);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden className="size-4" />
          New API key
        </Button>
      </DialogTrigger>
      <DialogContent>
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>Copy the secret of “{created.name}”</DialogTitle>
              <DialogDescription>Give it to the system that will use the key. Send it as the header Authorization: Bearer followed by the secret.</DialogDescription>
            </DialogHeader>
            <div className="mt-5 flex flex-col gap-4">
              <p role="alert" className="flex items-start gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
                <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
                This is the only time you will see this secret. Tally keeps only a fingerprint of it: if it is lost, revoke the key and create a new one.
              </p>
              <div className="flex items-end gap-2">
                <TextField label="Secret" readOnly value={created.secret} className="min-w-0 flex-1 font-mono" onFocus={(event) => event.currentTarget.select()} />
                <Button variant="secondary" onClick={() => copySecret(created.secret)}>
                  {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
                  {copied ? "Copied" : "Copy"}
                </Button>
              </div>
            </div>
            <DialogFooter className="mt-6">
              <Button onClick={() => setOpen(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>New API key</DialogTitle>
              <DialogDescription>One key per system, named after it, so you can tell where values come from and revoke one alone.</DialogDescription>
            </DialogHeader>
            <form
              noValidate
              className="mt-5 flex flex-col gap-4"
              onSubmit={form.handleSubmit((values) => {
                setFormError(null);
                create.mutate({ orgSlug, name: values.name, scope: values.scope, teamId: values.teamId || null, expiresOn: values.expiresOn || null });
              })}
            >
              <FormError message={formError} />
              <TextField label="Name" autoFocus autoComplete="off" hint="Such as “Warehouse sync” or “BI dashboard”." error={errors.name?.message} {...form.register("name")} />
              <Controller
                control={form.control}
                name="scope"
                render={({ field }) => (
                  <RadioGroupField
                    legend="Access"
                    choices={SCOPE_CHOICES}
                    name={field.name}
                    value={field.value}
                    onValueChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={errors.scope?.message}
                  />
                )}
              />
              <SelectField
                label="KPIs it reaches"
                options={[{ value: "", label: "Every KPI of the organization" }, ...teams.map((team) => ({ value: team.id, label: `Only the KPIs of ${team.name}` }))]}
                error={errors.teamId?.message}
                {...form.register("teamId")}
              />
              <TextField
                label="Expires after (optional)"
                type="date"
                min={addDays(today, 1)}
                hint="The key stops working at the end of this day. Leave empty for a key that works until it is revoked."
                error={errors.expiresOn?.message}
                {...form.register("expiresOn")}
              />
              <DialogFooter className="mt-2">
                <Button type="submit" pending={create.pending}>
                  Create key
                </Button>
              </DialogFooter>
            </form>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
