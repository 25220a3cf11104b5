"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { acceptAsNewUserSchema, type AcceptAsNewUserInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors, onlyFields } from "@/lib/forms/server-errors";
import { acceptAsNewUserAction } from "./actions";

export function NewAccountForm({ token, email, orgName }: { token: string; email: string; orgName: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<AcceptAsNewUserInput>({
    resolver: zodResolver(acceptAsNewUserSchema),
    defaultValues: { token, name: "", password: "" },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await acceptAsNewUserAction(values);
      // The token is no input: its errors are the form's.
      if (result.message) setFormError(applyServerErrors(form, result, { pathOf: onlyFields<AcceptAsNewUserInput>(["name", "password"]) }));
    });
  });
  return (
    <form method="post" noValidate onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Create your account">
      <FormError message={formError} />
      <TextField label="Email" value={email} readOnly hint="The invitation is for this address." />
      <TextField label="Your name" autoComplete="name" autoFocus error={errors.name?.message} {...form.register("name")} />
      <TextField
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters. A long passphrase is best."
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" pending={pending}>
        Create account and join {orgName}
      </Button>
    </form>
  );
}
