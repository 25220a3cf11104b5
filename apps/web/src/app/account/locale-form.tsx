"use client";

import { useState } from "react";
import { SUPPORTED_LOCALES } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

const SAME_AS_ORGANIZATION = "";

const CHOICES = [
  { value: SAME_AS_ORGANIZATION, label: "Same as the organization" },
  ...Object.entries(SUPPORTED_LOCALES).map(([value, label]) => ({ value, label })),
];

/** The person's own number and date format; "Same as the organization" (null) follows each organization's. */
export function LocaleForm({ savedLocale }: { savedLocale: string | null }) {
  const trpc = useTRPC();
  const [locale, setLocale] = useState(savedLocale ?? SAME_AS_ORGANIZATION);
  const [error, setError] = useState<string | null>(null);
  const save = useRefreshingMutation(
    trpc.account.updatePreferences.mutationOptions({
      onSuccess: () => {
        toast.success("Number and date format saved.");
      },
      onError: (failure) => setError(clientFailure(failure).message),
    }),
  );

  return (
    <form
      noValidate
      className="mt-6 flex flex-col gap-3 border-t border-slate-100 pt-6"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        save.mutate({ locale: locale === SAME_AS_ORGANIZATION ? null : (locale as keyof typeof SUPPORTED_LOCALES) });
      }}
    >
      <FormError message={error} />
      <SelectField label="Number and date format" options={CHOICES} value={locale} onChange={(event) => setLocale(event.target.value)} />
      <p className="text-xs text-slate-500">Dates and times stay in each organization&apos;s time zone.</p>
      <div>
        <Button type="submit" variant="secondary" pending={save.pending}>
          Save format
        </Button>
      </div>
    </form>
  );
}
