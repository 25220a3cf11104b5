"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { isIsoDate, periodStart, recordCheckInSchema, type Cadence, type RecordCheckInInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useFormatter } from "@/lib/format-context";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors, onlyFields } from "@/lib/forms/server-errors";
import { withLocaleDecimals } from "@/lib/locale-decimals";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";
import { formatKpiValue, unitHint, type KpiValueFormat } from "./format-value";

type CheckInFields = z.input<typeof recordCheckInSchema>;

interface CheckInFormProps {
  orgSlug: string;
  kpiId: string;
  cadence: Cadence;
  weekStart: number;
  today: string;
  format: KpiValueFormat;
  /** Period start → the value recorded for it, to say when saving corrects a value. */
  recorded: Readonly<Record<string, string>>;
}

/** One value for the period that contains the chosen date; the period is named before saving. */
export function CheckInForm({ orgSlug, kpiId, cadence, weekStart, today, format, recorded }: CheckInFormProps) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const formatter = useFormatter();
  const { locale } = formatter.settings;
  // The value is typed in the reader's format ("89,5") and sent as a decimal string with a point.
  const resolver = useMemo(() => withLocaleDecimals(zodResolver(recordCheckInSchema), ["value"], locale), [locale]);
  const form = useForm<CheckInFields, unknown, RecordCheckInInput>({
    resolver,
    defaultValues: { kpiId, date: today, value: "", comment: "" },
  });
  const date = useWatch({ control: form.control, name: "date" });
  const period = isIsoDate(date) ? periodStart(date, cadence, weekStart) : null;
  const label = period ? formatter.formatPeriod(period, cadence) : null;
  const existing = period ? recorded[period] : undefined;

  const record = useRefreshingMutation(
    trpc.checkIn.record.mutationOptions({
      onSuccess: (_result, input) => {
        const saved = formatter.formatPeriod(periodStart(input.date, cadence, weekStart), cadence);
        toast.success(`Recorded ${formatKpiValue(input.value, format, formatter)} for ${saved}.`);
        form.reset({ kpiId, date: input.date, value: "", comment: "" });
      },
      onError: (error) => setFormError(applyServerErrors(form, error, { pathOf: onlyFields<CheckInFields>(["date", "value", "comment"]) })),
    }),
  );

  const dateHint = label ? (existing !== undefined ? `Stored under ${label}, which has ${formatKpiValue(existing, format, formatter)}: saving corrects it and keeps the old value in the history.` : `Stored under ${label}.`) : undefined;

  return (
    <form
      noValidate
      aria-labelledby="record-heading"
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        record.mutate({ orgSlug, ...values });
      })}
    >
      <h2 id="record-heading" className="text-base font-semibold text-slate-900">
        Record a value
      </h2>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Date" type="date" hint={dateHint} error={form.formState.errors.date?.message} {...form.register("date")} />
        <TextField
          label="Value"
          inputMode="decimal"
          autoComplete="off"
          hint={unitHint(format, formatter)}
          error={form.formState.errors.value?.message}
          {...form.register("value")}
        />
      </div>
      <Textarea label="Comment (optional)" rows={2} hint="What explains the value, for whoever reads it later." error={form.formState.errors.comment?.message} {...form.register("comment")} />
      <div>
        <Button type="submit" pending={record.pending}>
          Save value
        </Button>
      </div>
    </form>
  );
}
