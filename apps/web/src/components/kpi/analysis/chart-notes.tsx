import type { ChartPoint } from "../chart-data";

/** The comments drawn on the chart, numbered like their markers: the annotations in words. */
export function ChartNotes({ points }: { points: readonly ChartPoint[] }) {
  const notes = points.filter((point) => point.note !== null && point.note !== undefined && point.comment);
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="chart-notes-heading" className="mt-3">
      <h3 id="chart-notes-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500">
        Notes on the chart
      </h3>
      <ol className="mt-1 flex flex-col gap-1 text-sm text-slate-700" data-testid="chart-notes">
        {notes.map((point) => (
          <li key={point.periodStart} className="flex gap-2">
            <span aria-hidden className="inline-flex size-5 shrink-0 items-center justify-center rounded-full bg-indigo-700 text-xs font-bold text-white">
              {point.note}
            </span>
            <span>
              <span className="font-medium text-slate-900">{point.label}:</span> <span className="whitespace-pre-line break-words">{point.comment}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
