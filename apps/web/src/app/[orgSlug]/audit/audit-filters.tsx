"use client";

import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from "@tally/domain";
import { FilterPendingStatus } from "@/components/filters/filter-transition";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { FILTER_CONTROL_CLASSES, FilterSelect } from "@/components/ui/filter-select";
import { auditFilterParsers, auditFilterUrlKeys } from "./filters";

interface Props {
  actors: { id: string; name: string }[];
  /** Why the dates in the address were set aside, described by the date fields. */
  problemId?: string;
}

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }));

/**
 * The audit log's filters: each applies as it is picked (a date after a pause, since a date field reports every
 * keystroke of the year) and lives in the address, so a filtered log can be shared and reloaded.
 */
export function AuditFilters({ actors, problemId }: Props) {
  const [filters, update] = useUrlFilters(auditFilterParsers, auditFilterUrlKeys);
  const parse = auditFilterParsers;
  return (
    <form role="search" aria-label="Filter the audit log" className="mb-4 grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end" onSubmit={(event) => event.preventDefault()}>
      <FilterSelect
        id="audit-action"
        label="Event"
        name="action"
        value={filters.action ?? ""}
        onValueChange={(value) => update({ action: parse.action.parse(value) })}
        any="All events"
        options={ACTION_OPTIONS}
      />
      <FilterSelect
        id="audit-actor"
        label="Person"
        name="actor"
        value={filters.actorUserId ?? ""}
        onValueChange={(value) => update({ actorUserId: parse.actorUserId.parse(value) })}
        any="Anyone"
        options={actors.map((actor) => ({ value: actor.id, label: actor.name }))}
      />
      <div className="flex min-w-0 flex-col gap-1.5">
        <label htmlFor="audit-from" className="text-sm font-medium text-slate-800">
          From
        </label>
        <input
          id="audit-from"
          name="from"
          type="date"
          value={filters.from ?? ""}
          onChange={(event) => update({ from: event.target.value || null }, { debounced: true })}
          className={FILTER_CONTROL_CLASSES}
          aria-describedby={problemId}
        />
      </div>
      <div className="flex min-w-0 flex-col gap-1.5">
        <label htmlFor="audit-to" className="text-sm font-medium text-slate-800">
          To
        </label>
        <input
          id="audit-to"
          name="to"
          type="date"
          value={filters.to ?? ""}
          onChange={(event) => update({ to: event.target.value || null }, { debounced: true })}
          className={FILTER_CONTROL_CLASSES}
          aria-describedby={problemId}
        />
      </div>
      <div className="col-span-2">
        <FilterPendingStatus />
      </div>
    </form>
  );
}
