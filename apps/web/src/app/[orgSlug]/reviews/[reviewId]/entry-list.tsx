import type { Formatter } from "@/lib/format";
import type { ReviewEntry } from "../types";

/** Notes, decisions or adjustments, oldest first, each with who wrote it and when. */
export function EntryList({ entries, label, formatter }: { entries: readonly ReviewEntry[]; label: string; formatter: Formatter }) {
  if (entries.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-col gap-2">
      {entries.map((entry) => (
        <li key={entry.id} data-testid={`review-${entry.kind}`} className="rounded-md bg-slate-50 px-3 py-2 text-sm">
          <p className="whitespace-pre-line break-words text-slate-800">{entry.text}</p>
          <p className="mt-0.5 text-xs text-slate-600">
            {entry.authorName} · {formatter.formatDateTime(entry.createdAt)}
            {entry.kpiVersion !== null && ` · version ${entry.kpiVersion}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
