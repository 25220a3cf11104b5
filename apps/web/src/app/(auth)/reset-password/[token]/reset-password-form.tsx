"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "@/components/ui/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { resetPasswordSchema, type ResetPasswordInput } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { TextField } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors, onlyFields } from "@/lib/forms/server-errors";

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { token, password: "" } });
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: () => setDone(true),
      onError: (failure) => setError(applyServerErrors(form, failure, { pathOf: onlyFields<ResetPasswordInput>(["password"]) })),
    }),
  );
  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">Your password has been changed, and every device signed in with the old one has been signed out.</Alert>
        <Link href="/sign-in" className={buttonClasses("primary")}>
          Sign in with your new password
        </Link>
      </div>
    );
  }
  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setError(null);
        reset.mutate(values);
      })}
    >
      <FormError message={error} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        autoFocus
        hint="At least 8 characters. A long passphrase is best."
        error={form.formState.errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" pending={reset.isPending}>
        Set new password
      </Button>
    </form>
  );
}
