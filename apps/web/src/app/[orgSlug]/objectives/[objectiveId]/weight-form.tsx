"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { decimalToLocaleText, kpiWeightFormSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { useFormatter } from "@/lib/format-context";
import { applyServerErrors, onlyFields } from "@/lib/forms/server-errors";
import { withLocaleDecimals } from "@/lib/locale-decimals";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

interface WeightFields {
  weight: string;
}

interface WeightFormProps {
  orgSlug: string;
  objectiveId: string;
  kpi: { id: string; name: string; weight: string };
}

/** How much one linked KPI counts in the objective's roll-up, typed in the reader's number format. */
export function WeightForm({ orgSlug, objectiveId, kpi }: WeightFormProps) {
  const trpc = useTRPC();
  const formatter = useFormatter();
  const { locale } = formatter.settings;
  const ids = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const resolver = useMemo(() => withLocaleDecimals(zodResolver(kpiWeightFormSchema), ["weight"], locale), [locale]);
  const form = useForm<WeightFields, unknown, { weight: string }>({ resolver, defaultValues: { weight: decimalToLocaleText(kpi.weight, locale) } });
  const save = useRefreshingMutation(
    trpc.objective.setWeight.mutationOptions({
      onSuccess: (saved) => {
        toast.success(`${kpi.name} now weighs ${formatter.formatNumber(saved.weight)}.`);
        form.reset({ weight: decimalToLocaleText(saved.weight, locale) });
      },
      onError: (error) => setFormError(applyServerErrors(form, error, { pathOf: onlyFields<WeightFields>(["weight"]) })),
    }),
  );
  const error = form.formState.errors.weight?.message ?? formError ?? undefined;
  const inputId = `${ids}-weight`;
  const errorId = `${ids}-error`;
  return (
    <form
      noValidate
      aria-label={`Weight of ${kpi.name}`}
      className="flex flex-col gap-1"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate({ orgSlug, objectiveId, kpiId: kpi.id, weight: values.weight });
      })}
    >
      <div className="flex items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          Weight of {kpi.name}
        </label>
        <input
          id={inputId}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={`${controlClasses(error)} w-20 py-1 tabular-nums`}
          {...form.register("weight")}
        />
        <Button type="submit" variant="secondary" className="px-3 py-1" pending={save.pending}>
          Save
        </Button>
      </div>
      {error && (
        <p id={errorId} className="max-w-48 text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </form>
  );
}
