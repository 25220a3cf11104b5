"use client";

import { IMPORT_OUTCOME_LABELS, IMPORT_OUTCOMES, type ImportCounts, type ImportOutcome } from "@tally/domain";
import { cn } from "@/lib/cn";
import { useFormatter } from "@/lib/format-context";

const STYLES: Record<ImportOutcome, string> = {
  error: "border-red-200 bg-red-50 text-red-800",
  new: "border-brand-100 bg-brand-50 text-brand-700",
  changed: "border-amber-200 bg-amber-50 text-amber-900",
  unchanged: "border-slate-200 bg-slate-50 text-slate-700",
};

/** How many rows of the file end up as each outcome. */
export function ImportSummary({ counts }: { counts: ImportCounts }) {
  const formatter = useFormatter();
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {IMPORT_OUTCOMES.map((outcome) => (
        <div key={outcome} className={cn("rounded-lg border px-4 py-3", STYLES[outcome])}>
          <dt className="text-xs font-medium uppercase tracking-wide">{outcome === "error" ? "Errors" : IMPORT_OUTCOME_LABELS[outcome]}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{formatter.formatNumber(counts[outcome])}</dd>
        </div>
      ))}
    </dl>
  );
}
