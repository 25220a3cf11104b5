"use client";

import { Plus, Trash2 } from "lucide-react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { MAX_TARGET_ENTRIES, type KpiDefinitionInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { KpiFormState } from "./kpi-form-state";

const HINTS = {
  increase: { warning: "Below the target but at or above this is at risk; lower is off track." },
  decrease: { warning: "Above the target but at or below this is at risk; higher is off track." },
};

/**
 * The target schedule: each row applies from its date on, so a changed target never rewrites the periods
 * measured against the old one.
 */
export function TargetScheduleFields({ unitHint }: { unitHint: string }) {
  const form = useFormContext<KpiFormState, unknown, KpiDefinitionInput>();
  const rows = useFieldArray({ control: form.control, name: "targets" });
  const direction = useWatch({ control: form.control, name: "direction" });
  const startDate = useWatch({ control: form.control, name: "startDate" });
  const errors = form.formState.errors.targets;
  const scheduleError = errors?.root?.message ?? errors?.message;
  const decimal = { inputMode: "decimal" as const, autoComplete: "off" };

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby="target-schedule-hint">
      <legend className="mb-1 text-base font-semibold text-slate-900">Targets</legend>
      <p id="target-schedule-hint" className="text-sm text-slate-600">
        {direction === "range" ? "The band to stay within, and how far outside it still counts as at risk." : "The value to reach, and where at risk turns into off track."}{" "}
        Add a row when the target changes: each applies from its date on. {unitHint}
      </p>
      {scheduleError && (
        <p role="alert" className="text-xs font-medium text-red-600">
          {scheduleError}
        </p>
      )}
      <ol className="flex flex-col gap-3">
        {rows.fields.map((row, index) => {
          const rowErrors = errors?.[index];
          return (
            <li key={row.id}>
              <fieldset className="rounded-lg border border-slate-200 p-4">
                <legend className="px-1 text-sm font-medium text-slate-700">Target {index + 1}</legend>
                <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[10rem_1fr_1fr_1fr_auto] lg:items-start">
                  <TextField label="Effective from" type="date" error={rowErrors?.effectiveFrom?.message} {...form.register(`targets.${index}.effectiveFrom`)} />
                  {direction === "range" ? (
                    <>
                      <TextField label="Minimum" {...decimal} error={rowErrors?.targetMin?.message} {...form.register(`targets.${index}.targetMin`)} />
                      <TextField label="Maximum" {...decimal} error={rowErrors?.targetMax?.message} {...form.register(`targets.${index}.targetMax`)} />
                      <TextField
                        label="Tolerance"
                        {...decimal}
                        hint="How far outside the band is at risk."
                        error={rowErrors?.tolerance?.message}
                        {...form.register(`targets.${index}.tolerance`)}
                      />
                    </>
                  ) : (
                    <>
                      <TextField label="Target" {...decimal} error={rowErrors?.target?.message} {...form.register(`targets.${index}.target`)} />
                      <TextField
                        label="Warning"
                        {...decimal}
                        hint={HINTS[direction].warning}
                        error={rowErrors?.warning?.message}
                        {...form.register(`targets.${index}.warning`)}
                      />
                      <span className="hidden lg:block" />
                    </>
                  )}
                  <Button
                    type="button"
                    variant="ghost"
                    className="px-2 lg:mt-6"
                    aria-label={`Remove target ${index + 1}`}
                    disabled={rows.fields.length === 1}
                    onClick={() => rows.remove(index)}
                  >
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={rows.fields.length >= MAX_TARGET_ENTRIES}
          onClick={() => {
            // A change usually adjusts the latest target, so the new row starts as a copy of it.
            const last = form.getValues(`targets.${rows.fields.length - 1}`);
            rows.append({ ...(last ?? { target: "", targetMin: "", targetMax: "", warning: "", tolerance: "" }), effectiveFrom: last ? "" : startDate });
          }}
        >
          <Plus aria-hidden className="size-4" />
          Add a target change
        </Button>
      </div>
    </fieldset>
  );
}
