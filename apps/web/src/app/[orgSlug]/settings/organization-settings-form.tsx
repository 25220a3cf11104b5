"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { orgSettingsSchema, type OrgSettingsInput } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

interface Props {
  orgSlug: string;
  initialName: string;
  canEdit: boolean;
}

export function OrganizationSettingsForm({ orgSlug, initialName, canEdit }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<OrgSettingsInput>({ resolver: zodResolver(orgSettingsSchema), defaultValues: { name: initialName } });
  const save = useMutation(
    trpc.organization.updateSettings.mutationOptions({
      onSuccess: (org) => {
        form.reset({ name: org.name });
        setNotice({ tone: "success", text: "Settings saved." });
        router.refresh();
      },
      onError: (error) => {
        const failure = clientFailure(error);
        const nameError = failure.fieldErrors.name?.[0];
        if (nameError) form.setError("name", { message: nameError });
        else setNotice({ tone: "error", text: failure.message });
      },
    }),
  );

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setNotice(null);
        save.mutate({ orgSlug, name: values.name });
      })}
    >
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <TextField label="Organization name" readOnly={!canEdit} error={form.formState.errors.name?.message} {...form.register("name")} />
      {canEdit && (
        <div>
          <Button type="submit" pending={save.isPending} disabled={!form.formState.isDirty}>
            Save changes
          </Button>
        </div>
      )}
    </form>
  );
}
