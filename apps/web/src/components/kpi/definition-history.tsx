import type { Formatter } from "@/lib/format";
import { describeDefinitionChanges, type NameLookup } from "./describe-definition-changes";
import type { KpiHistoryEntry } from "./types";

/** Who changed the definition, when, and what: the "review and adjust" trail of the KPI. */
export function DefinitionHistory({ entries, names, formatter }: { entries: readonly KpiHistoryEntry[]; names: NameLookup; formatter: Formatter }) {
  if (entries.length === 0) return <p className="text-sm text-slate-500">No changes recorded yet.</p>;
  return (
    <ol className="flex flex-col gap-4">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-slate-200 pl-3 text-sm">
          <p className="text-slate-900">
            <span className="font-medium">{entry.changedBy}</span>
            <span className="text-slate-500">
              {" "}
              · <time dateTime={new Date(entry.changedAt).toISOString()}>{formatter.formatDateTime(entry.changedAt)}</time> · version {entry.version}
            </span>
          </p>
          <ul className="mt-1 list-disc pl-5 text-slate-700">
            {describeDefinitionChanges(entry.changes, names, formatter).map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
