"use client";

import Link from "@/components/ui/link";
import { useId, useRef, useState, type FormEvent } from "react";
import { CheckCircle2, Download, FileUp } from "lucide-react";
import { DECIMAL_SEPARATOR_LABELS, DECIMAL_SEPARATORS, formatMegabytes, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type DecimalSeparator } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RadioGroupField } from "@/components/ui/radio-group";
import { toast } from "@/components/ui/toast";
import { controlClasses } from "@/components/ui/field";
import { useFormatter } from "@/lib/format-context";
import { ImportProgressBar } from "./import-progress";
import { ImportRows } from "./import-rows";
import { ImportSummary } from "./import-summary";
import { ImportRefusal, uploadImport, type ImportProgress, type ImportResult } from "./upload";

interface ImportWorkbenchProps {
  orgSlug: string;
  /** The organization's decimal mark: what its files use unless the person says otherwise. */
  defaultSeparator: DecimalSeparator;
  /** 31 March 2026 in the organization's date format. */
  dateExample: string;
  /** The KPI the page was opened from, when it was. */
  kpi: { id: string; name: string; code: string | null } | null;
}

type Running = { dryRun: boolean; progress: ImportProgress | null } | null;

const ACCEPT = ".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Choose a file, check it (a dry run that shows every row), then import it: all rows or none. */
export function ImportWorkbench({ orgSlug, defaultSeparator, dateExample, kpi }: ImportWorkbenchProps) {
  const formatter = useFormatter();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [separator, setSeparator] = useState<DecimalSeparator>(defaultSeparator);
  const [fileError, setFileError] = useState<string | null>(null);
  const [running, setRunning] = useState<Running>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const templateHref = (format: "csv" | "xlsx") => `/api/orgs/${encodeURIComponent(orgSlug)}/imports/template?${new URLSearchParams({ format, ...(kpi ? { kpi: kpi.id } : {}) })}`;
  const writes = result ? result.counts.new + result.counts.changed : 0;
  const canCommit = result !== null && result.dryRun && result.counts.error === 0 && writes > 0;

  function choose(next: File | null) {
    setFile(next);
    setResult(null);
    setFileError(next && next.size > MAX_IMPORT_BYTES ? `The file is larger than ${formatMegabytes(MAX_IMPORT_BYTES)}. Split it into smaller files and import them one after the other.` : null);
  }

  async function run(dryRun: boolean) {
    if (!file) {
      setFileError("Choose a CSV or Excel file to import.");
      fileInput.current?.focus();
      return;
    }
    if (running || file.size > MAX_IMPORT_BYTES) return;
    setFileError(null);
    setRunning({ dryRun, progress: null });
    try {
      const outcome = await uploadImport({ orgSlug, file, dryRun, decimalSeparator: separator, onProgress: (progress) => setRunning({ dryRun, progress }) });
      setResult(outcome);
      if (outcome.committed) toast.success(outcome.message);
      else if (!dryRun) toast.error(outcome.message);
      requestAnimationFrame(() => resultHeading.current?.focus());
    } catch (error) {
      const message = error instanceof ImportRefusal ? error.message : "The import could not be completed. Try again; nothing was written.";
      setResult(null);
      setFileError(message);
      if (!dryRun) toast.error(message);
      fileInput.current?.focus();
    } finally {
      setRunning(null);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run(true);
  }

  const separatorChoices = DECIMAL_SEPARATORS.map((value) => ({ value, label: DECIMAL_SEPARATOR_LABELS[value] }));

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <form aria-label="Import values" onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
          <div className="flex flex-col gap-1.5">
            <label htmlFor={fileId} className="text-sm font-medium text-slate-800">
              File
            </label>
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              accept={ACCEPT}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
              className={`${controlClasses(fileError ?? undefined)} file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-sm file:font-medium file:text-brand-700`}
              onChange={(event) => choose(event.target.files?.[0] ?? null)}
            />
            <p id={`${fileId}-hint`} className="text-xs text-slate-600">
              CSV (UTF-8; comma, semicolon, tab or | between columns) or Excel (.xlsx, first sheet), up to {formatMegabytes(MAX_IMPORT_BYTES)} and {formatter.formatNumber(MAX_IMPORT_ROWS)} rows. Columns:
              kpi (its code, id or exact name), date (2026-03-31 or {dateExample}), value, and optionally comment.
            </p>
            {fileError && (
              <p id={`${fileId}-error`} role="alert" className="text-sm font-medium text-red-600">
                {fileError}
              </p>
            )}
          </div>

          <RadioGroupField
            legend="Decimal separator in the file"
            orientation="horizontal"
            choices={separatorChoices}
            value={separator}
            onValueChange={(value) => {
              setSeparator(value as DecimalSeparator);
              setResult(null);
            }}
            hint="The organization's format is chosen for you. Cells that a spreadsheet stores as numbers are read as they are."
          />

          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <span className="text-slate-600">{kpi ? `Template for ${kpi.name}:` : "Template:"}</span>
            <a href={templateHref("csv")} className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline" download>
              <Download aria-hidden className="size-4" />
              CSV template
            </a>
            <a href={templateHref("xlsx")} className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline" download>
              <Download aria-hidden className="size-4" />
              Excel template
            </a>
          </div>

          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant={canCommit ? "secondary" : "primary"} pending={running?.dryRun === true} disabled={running !== null && !running.dryRun}>
              <FileUp aria-hidden className="size-4" />
              Check file
            </Button>
            {canCommit && (
              <Button type="button" pending={running?.dryRun === false} disabled={running?.dryRun === true} onClick={() => void run(false)}>
                Import {formatter.formatNumber(writes)} {writes === 1 ? "value" : "values"}
              </Button>
            )}
          </div>
          {running && <ImportProgressBar progress={running.progress} dryRun={running.dryRun} />}
        </form>
      </Card>

      <section aria-labelledby="import-result-heading" className="flex flex-col gap-4">
        <h2 id="import-result-heading" ref={resultHeading} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none">
          {result ? (result.dryRun ? "Check of the file" : result.committed ? "Import done" : "Import refused") : "Rows of the file"}
        </h2>
        {result ? (
          <>
            {result.committed ? (
              <Alert tone="success">
                <span className="inline-flex items-center gap-1.5">
                  <CheckCircle2 aria-hidden className="size-4" />
                  {result.message}
                </span>{" "}
                {kpi && (
                  <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="font-medium underline">
                    See {kpi.name}
                  </Link>
                )}
                {kpi && " · "}
                <Link href={`/${orgSlug}/kpis`} className="font-medium underline">
                  Go to the KPIs
                </Link>
              </Alert>
            ) : (
              <Alert tone={result.counts.error > 0 ? "error" : "info"}>{result.message}</Alert>
            )}
            <ImportSummary counts={result.counts} />
            <ImportRows key={`${result.dryRun}-${result.committed}-${result.counts.rows}`} result={result} />
          </>
        ) : (
          <EmptyState icon={FileUp} title="No file checked yet">
            Choose a file and check it: every row appears here as new, changed (old → new), unchanged or with its error and line number — before anything is
            written. <a href={templateHref("csv")} className="font-medium text-brand-700 underline" download>Start from the template</a>.
          </EmptyState>
        )}
      </section>
    </div>
  );
}
