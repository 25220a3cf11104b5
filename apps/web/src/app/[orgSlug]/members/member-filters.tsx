"use client";

import { Search } from "lucide-react";
import { ROLE_LABELS, ROLES } from "@tally/domain";
import { FilterPendingStatus } from "@/components/filters/filter-transition";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { FilterSelect } from "@/components/ui/filter-select";
import { memberFilterParsers, memberFilterUrlKeys } from "./filters";

interface Props {
  teams: { id: string; name: string }[];
}

const STATUS_OPTIONS = [
  { value: "active", label: "Active" },
  { value: "deactivated", label: "Deactivated" },
];

/**
 * The members list's filters: each applies as it is picked (the search after a pause in typing) and lives in the
 * address, so a filtered list can be shared and reloaded. Still a GET form for a page whose scripts have not started.
 */
export function MemberFilters({ teams }: Props) {
  const [filters, update] = useUrlFilters(memberFilterParsers, memberFilterUrlKeys);
  const parse = memberFilterParsers;
  return (
    <form
      role="search"
      aria-label="Filter members"
      className="mb-4 grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        update({ search: filters.search || null });
      }}
    >
      <div className="col-span-2 flex min-w-0 flex-col gap-1.5 sm:min-w-56 sm:flex-1">
        <label htmlFor="member-search" className="text-sm font-medium text-slate-800">
          Search
        </label>
        <div className="relative">
          <Search aria-hidden className="absolute left-3 top-2.5 size-4 text-slate-400" />
          <input
            id="member-search"
            name="search"
            type="search"
            value={filters.search ?? ""}
            onChange={(event) => update({ search: event.target.value || null }, { debounced: true })}
            placeholder="Name or email"
            className="w-full rounded-md border border-slate-300 bg-surface py-2 pl-9 pr-3 text-sm"
          />
        </div>
      </div>
      <FilterSelect
        id="member-role"
        label="Role"
        name="role"
        value={filters.role ?? ""}
        onValueChange={(value) => update({ role: parse.role.parse(value) })}
        any="All roles"
        options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
      />
      <FilterSelect
        id="member-status"
        label="Status"
        name="status"
        value={filters.status ?? ""}
        onValueChange={(value) => update({ status: parse.status.parse(value) })}
        any="Any status"
        options={STATUS_OPTIONS}
      />
      {teams.length > 0 && (
        <FilterSelect
          id="member-team"
          label="Team"
          name="team"
          value={filters.teamId ?? ""}
          onValueChange={(value) => update({ teamId: parse.teamId.parse(value) })}
          any="Any team"
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
        />
      )}
      <div className="col-span-2">
        <FilterPendingStatus />
      </div>
    </form>
  );
}
