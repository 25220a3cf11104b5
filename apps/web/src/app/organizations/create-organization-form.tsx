"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createOrganizationSchema, suggestSlug, type CreateOrganizationInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";

export function CreateOrganizationForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useForm<CreateOrganizationInput>({
    resolver: zodResolver(createOrganizationSchema),
    defaultValues: { orgName: "", orgSlug: "" },
  });
  const create = useMutation(
    trpc.organization.create.mutationOptions({
      onSuccess: (org, input) => {
        toast.success(`${input.orgName} was created.`);
        router.push(`/${org.slug}`);
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );
  const { errors } = form.formState;
  const orgName = form.register("orgName", {
    onChange: (event: { target: { value: string } }) => {
      if (!slugEdited) form.setValue("orgSlug", suggestSlug(event.target.value));
    },
  });

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        create.mutate(values);
      })}
    >
      <FormError message={formError} />
      <TextField label="Organization name" error={errors.orgName?.message} {...orgName} />
      <TextField
        label="Address"
        hint="Lowercase letters, digits and hyphens."
        error={errors.orgSlug?.message}
        {...form.register("orgSlug", { onChange: () => setSlugEdited(true) })}
      />
      <Button type="submit" variant="secondary" pending={create.isPending || create.isSuccess}>
        Create organization
      </Button>
    </form>
  );
}
