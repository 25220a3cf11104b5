"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import Link from "@/components/ui/link";
import { useDeferredValue, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { signUpSchema, suggestSlug, type SignUpInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { signUpAction } from "./actions";

export function SignUpForm() {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [slugEdited, setSlugEdited] = useState(false);
  const [pending, startTransition] = useTransition();
  const form = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { orgName: "", orgSlug: "", name: "", email: "", password: "" },
  });
  const { errors } = form.formState;
  const slug = useDeferredValue(form.watch("orgSlug"));
  const availability = useQuery({
    ...trpc.auth.slugAvailability.queryOptions({ slug }),
    enabled: slug.length >= 3,
  });
  const slugHint =
    slug.length >= 3 && availability.data
      ? availability.data.available
        ? `tally/${slug} is available.`
        : (availability.data.reason ?? undefined)
      : "Your organization's address in Tally. Lowercase letters, digits and hyphens.";

  const orgName = form.register("orgName", {
    onChange: (event: { target: { value: string } }) => {
      if (!slugEdited) form.setValue("orgSlug", suggestSlug(event.target.value), { shouldValidate: form.formState.isSubmitted });
    },
  });
  const orgSlug = form.register("orgSlug", { onChange: () => setSlugEdited(true) });

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await signUpAction(values);
      if (result.message) setFormError(applyServerErrors(form, result));
    });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Create your organization">
      <FormError message={formError} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Your organization</legend>
        <TextField label="Organization name" autoComplete="organization" autoFocus error={errors.orgName?.message} {...orgName} />
        <TextField label="Address" hint={slugHint} error={errors.orgSlug?.message} autoCapitalize="none" spellCheck={false} {...orgSlug} />
      </fieldset>
      <fieldset className="mt-2 flex flex-col gap-4">
        <legend className="mb-2 text-sm font-semibold text-slate-900">You, its first admin</legend>
        <TextField label="Your name" autoComplete="name" error={errors.name?.message} {...form.register("name")} />
        <TextField label="Work email" type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters. A long passphrase is best."
          error={errors.password?.message}
          {...form.register("password")}
        />
      </fieldset>
      <Button type="submit" pending={pending} className="mt-2">
        Create organization
      </Button>
      <p className="text-center text-sm text-slate-600">
        Already using Tally?{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
