"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateProfileSchema, type UpdateProfileInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

export function ProfileForm({ initialName }: { initialName: string }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UpdateProfileInput>({ resolver: zodResolver(updateProfileSchema), defaultValues: { name: initialName } });
  const save = useRefreshingMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: (user) => {
        form.reset({ name: user.name });
        toast.success("Name saved.");
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate(values);
      })}>
      <FormError message={formError} />
      <TextField label="Your name" autoComplete="name" error={form.formState.errors.name?.message} {...form.register("name")} />
      <div>
        <Button type="submit" pending={save.pending}>
          Save name
        </Button>
      </div>
    </form>
  );
}
