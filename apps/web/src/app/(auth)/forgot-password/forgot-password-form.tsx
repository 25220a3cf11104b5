"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { requestPasswordResetSchema, type RequestPasswordResetInput } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<RequestPasswordResetInput>({ resolver: zodResolver(requestPasswordResetSchema), defaultValues: { email: "" } });
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onSuccess: (_result, variables) => setSentTo(variables.email),
      onError: (failure) => setError(applyServerErrors(form, failure)),
    }),
  );
  if (sentTo) {
    return (
      <Alert tone="success">
        If {sentTo} has a Tally account, a link to reset its password is on its way. It works once, for 30 minutes.
      </Alert>
    );
  }
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setError(null);
        request.mutate(values);
      })}
    >
      <FormError message={error} />
      <TextField label="Email" type="email" autoComplete="email" autoFocus error={form.formState.errors.email?.message} {...form.register("email")} />
      <Button type="submit" pending={request.isPending}>
        Send reset link
      </Button>
    </form>
  );
}
