"use client";

import { useFormatter } from "@/lib/format-context";
import { overallShare, type ImportProgress } from "./upload";

function phaseText(progress: ImportProgress | null, dryRun: boolean, formatNumber: (value: number) => string): string {
  if (!progress) return "Sending the file…";
  const { phase, done, total } = progress;
  if (phase === "reading") {
    const megabytes = (bytes: number) => `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
    return total ? `Reading the file: ${megabytes(done)} of ${megabytes(total)}` : `Reading the file: ${megabytes(done)}`;
  }
  if (phase === "checking") return `Checking ${formatNumber(total ?? done)} rows…`;
  return dryRun ? "Finishing…" : `Writing values: ${formatNumber(done)} of ${formatNumber(total ?? done)}`;
}

/** The bar and the words of a running import; the words are announced as they change, politely. */
export function ImportProgressBar({ progress, dryRun }: { progress: ImportProgress | null; dryRun: boolean }) {
  const formatter = useFormatter();
  const percent = progress ? Math.round(overallShare(progress, dryRun) * 100) : 0;
  const text = phaseText(progress, dryRun, (value) => formatter.formatNumber(value));
  const label = dryRun ? "Checking the file" : "Importing values";
  return (
    <div className="flex flex-col gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${text}`}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full bg-brand-600 transition-[width] duration-300" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
