"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordSchema, type ChangePasswordInput } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => {
        form.reset();
        setNotice({ tone: "success", text: "Password changed. Other devices have been signed out." });
      },
      onError: (error) => {
        const failure = clientFailure(error);
        let placed = false;
        for (const field of ["currentPassword", "newPassword"] as const) {
          const message = failure.fieldErrors[field]?.[0];
          if (message) {
            form.setError(field, { message });
            placed = true;
          }
        }
        setNotice(placed ? null : { tone: "error", text: failure.message });
      },
    }),
  );
  const { errors } = form.formState;
  return (
    <form method="post" noValidate className="flex flex-col gap-4" onSubmit={form.handleSubmit((values) => change.mutate(values))}>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
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
        <Button type="submit" pending={change.isPending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
