import type { Formatter } from "@/lib/format";

/** How far a value has come from its baseline to its target; the text carries it, the bar repeats it. */
export function ProgressBar({ progress, label, formatter }: { progress: number; label: string; formatter: Formatter }) {
  const percent = Math.round(progress * 100);
  const width = Math.min(100, Math.max(0, percent));
  const text = `${formatter.formatPercent(percent, { decimals: 0 })} of the way from the baseline to the target`;
  return (
    <div className="flex flex-col gap-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={width}
        aria-valuetext={text}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className={percent >= 100 ? "h-full bg-emerald-500" : "h-full bg-brand-600"} style={{ width: `${width}%` }} />
      </div>
      <p className="text-xs text-slate-600">{text}</p>
    </div>
  );
}
