"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { orgSettingsSchema, type OrgSettingsInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

interface Props {
  orgSlug: string;
  initialName: string;
  canEdit: boolean;
}

export function OrganizationSettingsForm({ orgSlug, initialName, canEdit }: Props) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OrgSettingsInput>({ resolver: zodResolver(orgSettingsSchema), defaultValues: { name: initialName } });
  // The refresh brings the new name into the navigation too.
  const save = useRefreshingMutation(
    trpc.organization.updateSettings.mutationOptions({
      onSuccess: (org) => {
        form.reset({ name: org.name });
        toast.success("Settings saved.");
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate({ orgSlug, name: values.name });
      })}
    >
      <FormError message={formError} />
      <TextField label="Organization name" readOnly={!canEdit} error={form.formState.errors.name?.message} {...form.register("name")} />
      {canEdit && (
        <div>
          <Button type="submit" pending={save.pending}>
            Save changes
          </Button>
        </div>
      )}
    </form>
  );
}
