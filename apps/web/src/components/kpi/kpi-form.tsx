"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState, useTransition } from "react";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import {
  CADENCE_LABELS,
  CADENCES,
  DURATION_UNIT_LABELS,
  DURATION_UNITS,
  KPI_CATEGORIES,
  KPI_CATEGORY_LABELS,
  KPI_DIRECTION_LABELS,
  KPI_DIRECTIONS,
  KPI_UNIT_LABELS,
  KPI_UNITS,
  type KpiDefinitionInput,
} from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { TextField } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { SelectField } from "@/components/ui/select";
import { useTRPC } from "@/lib/trpc/client";
import { toast } from "@/components/ui/toast";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { clientFailure } from "@/lib/trpc/errors";
import { unitHint } from "./format-value";
import { useFormatter } from "@/lib/format-context";
import { kpiFormResolverFor, type KpiFormState } from "./kpi-form-state";
import { FormulaField } from "./formula-field";
import { PeopleFields } from "./people-fields";
import type { PersonChoice } from "./person-choices";
import { formPathOf } from "./server-errors";
import { TargetScheduleFields } from "./target-schedule-fields";
import type { KpiFormOptions } from "./types";
import { isVersionConflict } from "./version-conflict";

type Mode = { kind: "create" } | { kind: "edit"; kpiId: string; version: number };

interface KpiFormProps {
  orgSlug: string;
  mode: Mode;
  initial: KpiFormState;
  options: KpiFormOptions;
  people: readonly PersonChoice[];
  /** How the chosen library template is calculated, shown beside the description. */
  formula?: string | null;
  cancelHref: string;
}

const options = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) => values.map((value) => ({ value, label: labels[value] }));
const DECIMAL_OPTIONS = ["0", "1", "2", "3", "4"].map((value) => ({ value, label: value }));

/** The KPI definition of PRODUCT §3, for creating and for editing; the API's schema judges it on both sides. */
export function KpiForm({ orgSlug, mode, initial, options: choices, people, formula, cancelHref }: KpiFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const [reloading, startReload] = useTransition();
  const formatter = useFormatter();
  const { locale } = formatter.settings;
  // Numbers are typed in the reader's format and sent as decimal strings with a point.
  const resolver = useMemo(() => kpiFormResolverFor(locale), [locale]);
  const form = useForm<KpiFormState, unknown, KpiDefinitionInput>({ resolver, defaultValues: initial });
  const unit = useWatch({ control: form.control, name: "unit" });
  const currency = useWatch({ control: form.control, name: "currency" });
  const durationUnit = useWatch({ control: form.control, name: "durationUnit" });
  const decimals = useWatch({ control: form.control, name: "decimals" });
  const { errors } = form.formState;

  const version = mode.kind === "edit" ? mode.version : null;
  // A newer version arrives after "Reload": the form takes it, replacing what was typed over the old one.
  useEffect(() => {
    if (version === null) return;
    form.reset(initial);
    // Keyed on the version alone: `initial` is a new object on every render, but only a new version is new data.
  }, [version]);

  const onSuccess = (saved: { id: string }, input: { name: string }) => {
    toast.success(mode.kind === "create" ? `${input.name} was created.` : `Changes to ${input.name} saved.`);
    router.push(`/${orgSlug}/kpis/${saved.id}`);
  };
  const onError = (error: unknown) => {
    if (isVersionConflict(error)) {
      setConflict(clientFailure(error).message);
      return;
    }
    const state = form.getValues();
    setFormError(applyServerErrors(form, error, { pathOf: (path) => formPathOf(path, state) as Path<KpiFormState> | null }));
  };
  const create = useMutation(trpc.kpi.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.kpi.update.mutationOptions({ onSuccess, onError }));
  const saving = create.isPending || update.isPending || create.isSuccess || update.isSuccess;

  const submit = form.handleSubmit((definition) => {
    setFormError(null);
    setConflict(null);
    setReloaded(false);
    if (mode.kind === "create") create.mutate({ orgSlug, ...definition });
    else update.mutate({ orgSlug, kpiId: mode.kpiId, version: mode.version, ...definition });
  });

  const reload = () => {
    setConflict(null);
    setReloaded(true);
    startReload(() => router.refresh());
  };

  const valueHint = unitHint({ unit, currency: currency || null, durationUnit }, formatter);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} className="flex flex-col gap-8" aria-label={mode.kind === "create" ? "New KPI" : "Edit KPI"}>
        {conflict && (
          <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <p>{conflict}</p>
            <Button type="button" variant="secondary" onClick={reload} pending={reloading}>
              Reload
            </Button>
          </div>
        )}
        {reloaded && !reloading && !conflict && <Alert tone="info">The latest version is loaded. Make your changes again and save.</Alert>}
        {formError && <Alert>{formError}</Alert>}

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 text-base font-semibold text-slate-900">What is measured</legend>
          <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
            <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
            <TextField
              label="Code (optional)"
              autoComplete="off"
              hint="A short key such as MRR, for imports, the API and formulas."
              error={errors.code?.message}
              {...form.register("code")}
            />
          </div>
          <Textarea
            label="Description"
            hint={formula ? `What is measured and how. Calculated as: ${formula}.` : "What is measured and how: the source and the calculation."}
            error={errors.description?.message}
            {...form.register("description")}
          />
          <SelectField
            label="Category"
            className="sm:max-w-xs"
            options={[{ value: "", label: "Choose a category…" }, ...options(KPI_CATEGORIES, KPI_CATEGORY_LABELS)]}
            error={errors.category?.message}
            {...form.register("category")}
          />
        </fieldset>

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 text-base font-semibold text-slate-900">Unit and direction</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField label="Unit" options={options(KPI_UNITS, KPI_UNIT_LABELS)} error={errors.unit?.message} {...form.register("unit")} />
            {unit === "currency" && (
              <TextField label="Currency" maxLength={3} autoComplete="off" hint="Three letters, e.g. EUR." error={errors.currency?.message} {...form.register("currency")} />
            )}
            {unit === "duration" && (
              <SelectField label="Measured in" options={options(DURATION_UNITS, DURATION_UNIT_LABELS)} error={errors.durationUnit?.message} {...form.register("durationUnit")} />
            )}
            <SelectField label="Decimals" options={DECIMAL_OPTIONS} error={errors.decimals?.message} {...form.register("decimals")} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField label="Direction" options={options(KPI_DIRECTIONS, KPI_DIRECTION_LABELS)} error={errors.direction?.message} {...form.register("direction")} />
            <TextField
              label="Baseline (optional)"
              inputMode="decimal"
              autoComplete="off"
              hint="The value when tracking began."
              error={errors.baseline?.message}
              {...form.register("baseline")}
            />
          </div>
        </fieldset>

        <TargetScheduleFields unitHint={valueHint} />

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 text-base font-semibold text-slate-900">Timing</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField label="Cadence" options={options(CADENCES, CADENCE_LABELS)} error={errors.cadence?.message} {...form.register("cadence")} />
            <TextField label="Start date" type="date" error={errors.startDate?.message} {...form.register("startDate")} />
            <TextField label="End date (optional)" type="date" hint="When the target must be met." error={errors.endDate?.message} {...form.register("endDate")} />
          </div>
        </fieldset>

        <FormulaField
          orgSlug={orgSlug}
          kpiId={mode.kind === "edit" ? mode.kpiId : null}
          valueFormat={{ unit, currency: unit === "currency" ? currency || null : null, durationUnit: unit === "duration" ? durationUnit : null, decimals: Number(decimals) }}
        />

        <PeopleFields people={people} options={choices} />

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 text-base font-semibold text-slate-900">Benchmark (optional)</legend>
          <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
            <TextField label="Benchmark value" inputMode="decimal" autoComplete="off" error={errors.benchmarkValue?.message} {...form.register("benchmarkValue")} />
            <TextField
              label="Benchmark source"
              autoComplete="off"
              hint="Where the industry or peer value comes from."
              error={errors.benchmarkSource?.message}
              {...form.register("benchmarkSource")}
            />
          </div>
        </fieldset>

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
          <Button type="submit" pending={saving}>
            {mode.kind === "create" ? "Create KPI" : "Save changes"}
          </Button>
          <Link href={cancelHref} className={buttonClasses("ghost")}>
            Cancel
          </Link>
        </div>
      </form>
    </FormProvider>
  );
}
