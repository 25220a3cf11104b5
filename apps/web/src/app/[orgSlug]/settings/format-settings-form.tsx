"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { currencyCodeSchema, localeSchema, timeZoneSchema, weekStartSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";
import type { FormatChoices } from "./format-options";

const formatSettingsSchema = z.strictObject({
  currency: currencyCodeSchema,
  locale: localeSchema,
  timeZone: timeZoneSchema,
  weekStart: weekStartSchema,
});

type FormatSettingsValues = z.infer<typeof formatSettingsSchema>;

interface Props {
  orgSlug: string;
  initial: FormatSettingsValues;
  choices: FormatChoices;
}

/** Currency, number and date format, time zone and week start: how every page of the organization reads. */
export function FormatSettingsForm({ orgSlug, initial, choices }: Props) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormatSettingsValues>({ resolver: zodResolver(formatSettingsSchema), defaultValues: initial });
  // The refresh shows every date and number of the page in the new format.
  const save = useRefreshingMutation(
    trpc.organization.updateSettings.mutationOptions({
      onSuccess: (org) => {
        form.reset({ currency: org.currency, locale: org.locale as FormatSettingsValues["locale"], timeZone: org.timeZone, weekStart: org.weekStart });
        toast.success("Settings saved.");
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );
  const errors = form.formState.errors;

  return (
    <form
      noValidate
      aria-labelledby="formats-heading"
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate({ orgSlug, ...values });
      })}
    >
      <div>
        <h2 id="formats-heading" className="text-base font-semibold text-slate-900">
          Currency, formats and calendar
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          The time zone decides when a day, and so a period, begins. Members may read numbers and dates in their own format.
        </p>
      </div>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Default currency" options={choices.currencies} error={errors.currency?.message} {...form.register("currency")} />
        <SelectField label="Number and date format" options={choices.locales} error={errors.locale?.message} {...form.register("locale")} />
        <SelectField label="Time zone" options={choices.timeZones} error={errors.timeZone?.message} {...form.register("timeZone")} />
        <SelectField label="Weeks start on" options={choices.weekdays} error={errors.weekStart?.message} {...form.register("weekStart", { valueAsNumber: true })} />
      </div>
      <div>
        <Button type="submit" pending={save.pending}>
          Save formats
        </Button>
      </div>
    </form>
  );
}
