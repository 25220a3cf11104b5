"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useFormContext, useWatch } from "react-hook-form";
import { formulaGapText, isIsoDate, KPI_CODE_PATTERN, MAX_FORMULA_LENGTH, type KpiDefinitionInput } from "@tally/domain";
import { TextField } from "@/components/ui/field";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { useFormatter } from "@/lib/format-context";
import { useTRPC } from "@/lib/trpc/client";
import { useDebounced } from "@/lib/use-debounced";
import { formatKpiValue, type KpiValueFormat } from "./format-value";
import type { KpiFormState } from "./kpi-form-state";

const CHECK_DELAY_MS = 300;

interface FormulaFieldProps {
  orgSlug: string;
  /** The KPI being edited; null for a new one. */
  kpiId: string | null;
  valueFormat: KpiValueFormat;
}

interface Checked {
  formula: string;
  cadence: KpiFormState["cadence"];
  code: string;
  startDate: string;
  endDate: string;
}

/** The formula with the part an error is about marked, for the eye; the message says where in words. */
function MarkedFormula({ text, start, end }: { text: string; start: number; end: number }) {
  const to = Math.max(end, start + 1);
  return (
    <p aria-hidden className="overflow-x-auto whitespace-pre rounded-md bg-slate-50 px-3 py-1.5 font-mono text-xs text-slate-700">
      {text.slice(0, start)}
      <mark className="rounded-sm bg-red-100 text-red-800 underline decoration-red-500 decoration-wavy">{text.slice(start, to) || " "}</mark>
      {text.slice(to)}
    </p>
  );
}

/**
 * The optional formula of a KPI, checked as it is typed: after a short pause the server judges it exactly as saving
 * would (syntax, codes, cadence, cycles) and answers with the values it gives over the last periods, or why it
 * gives none. Problems sit beside the field; the preview below it.
 */
export function FormulaField({ orgSlug, kpiId, valueFormat }: FormulaFieldProps) {
  const trpc = useTRPC();
  const formatter = useFormatter();
  const form = useFormContext<KpiFormState, unknown, KpiDefinitionInput>();
  const [formula, cadence, code, startDate, endDate] = useWatch({ control: form.control, name: ["formula", "cadence", "code", "startDate", "endDate"] });
  const typed: Checked = { formula, cadence, code, startDate, endDate };
  const settledKey = useDebounced(JSON.stringify(typed), CHECK_DELAY_MS);
  const settled = JSON.parse(settledKey) as Checked;
  const ownCode = settled.code.trim().toUpperCase();
  const active = settled.formula.trim() !== "" && settled.formula.length <= MAX_FORMULA_LENGTH * 2;
  const check = useQuery({
    ...trpc.kpi.checkFormula.queryOptions({
      orgSlug,
      kpiId,
      formula: settled.formula,
      cadence: settled.cadence,
      code: KPI_CODE_PATTERN.test(ownCode) ? ownCode : null,
      startDate: isIsoDate(settled.startDate) ? settled.startDate : null,
      endDate: isIsoDate(settled.endDate) ? settled.endDate : null,
    }),
    enabled: active,
    placeholderData: keepPreviousData,
  });
  // Only an answer about the text as it stands now: positions in an older one would point at the wrong place.
  const fresh = active && settledKey === JSON.stringify(typed) && !check.isPlaceholderData ? check.data : undefined;
  const liveErrors = fresh?.errors ?? [];
  const error = liveErrors.length ? liveErrors.map((problem) => problem.message).join(" ") : form.formState.errors.formula?.message;
  const checking = formula.trim() !== "" && !fresh && (check.isFetching || settledKey !== JSON.stringify(typed));
  const first = liveErrors[0];
  const preview = fresh && !fresh.errors.length ? [...fresh.preview].reverse() : [];

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-1 text-base font-semibold text-slate-900">Calculation (optional)</legend>
      <TextField
        label="Formula (optional)"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        placeholder="REVENUE / HEADCOUNT"
        className="font-mono"
        hint="Other KPIs' codes with + − × ÷, parentheses, numbers, min, max, abs and round, such as REVENUE / HEADCOUNT. Its values are then calculated, never entered. Leave blank to record values."
        error={error}
        {...form.register("formula")}
      />
      {first && <MarkedFormula text={formula} start={first.start} end={first.end} />}
      <p aria-live="polite" className="text-xs text-slate-500">
        {checking ? "Checking the formula…" : fresh && !fresh.errors.length ? `Calculated as ${fresh.formula}, from ${fresh.inputs.map((input) => `${input.code} (${input.name})`).join(", ")}.` : ""}
      </p>
      {preview.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-medium text-slate-800">
            Preview: the last {preview.length} periods
          </h3>
          <TableScrollBox scrollLabel="Preview of the calculated values" className="max-h-80 overflow-y-auto">
            <Table>
              <TableCaption>Values the formula gives, newest first</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead className="py-2">Period</TableHead>
                  <TableHead className="py-2">Value</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.map((period) => (
                  <TableRow key={period.periodStart}>
                    <TableHead scope="row" className="py-2 font-normal text-slate-900">
                      {formatter.formatPeriod(period.periodStart, settled.cadence)}
                    </TableHead>
                    <TableCell className="py-2">
                      {period.value !== null ? (
                        <span className="tabular-nums text-slate-900">{formatKpiValue(period.value, valueFormat, formatter)}</span>
                      ) : (
                        <span className="text-slate-500">No value: {period.gap ? formulaGapText(period.gap) : "—"}</span>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScrollBox>
        </div>
      )}
    </fieldset>
  );
}
