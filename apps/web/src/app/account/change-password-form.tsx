"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordSchema, type ChangePasswordInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  // The refresh brings the change into the security log below.
  const change = useRefreshingMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => {
        form.reset();
        toast.success("Password changed. Other devices have been signed out.");
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );
  const { errors } = form.formState;
  return (
    <form method="post" noValidate className="flex flex-col gap-4" onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        change.mutate(values);
      })}>
      <FormError message={formError} />
      <TextField label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...form.register("currentPassword")} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters. A long passphrase is best."
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <div>
        <Button type="submit" pending={change.pending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
