"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateProfileSchema, type UpdateProfileInput } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

export function ProfileForm({ initialName }: { initialName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<UpdateProfileInput>({ resolver: zodResolver(updateProfileSchema), defaultValues: { name: initialName } });
  const save = useMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: (user) => {
        form.reset({ name: user.name });
        setNotice({ tone: "success", text: "Name saved." });
        router.refresh();
      },
      onError: (error) => {
        const failure = clientFailure(error);
        const message = failure.fieldErrors.name?.[0];
        if (message) form.setError("name", { message });
        else setNotice({ tone: "error", text: failure.message });
      },
    }),
  );
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <TextField label="Your name" autoComplete="name" error={form.formState.errors.name?.message} {...form.register("name")} />
      <div>
        <Button type="submit" pending={save.isPending} disabled={!form.formState.isDirty}>
          Save name
        </Button>
      </div>
    </form>
  );
}
