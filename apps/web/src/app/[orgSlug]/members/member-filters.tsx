"use client";

import { ROLE_LABELS, ROLES } from "@tally/domain";
import { FilterSearch } from "@/components/filters/filter-search";
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
      <FilterSearch
        id="member-search"
        value={filters.search ?? ""}
        placeholder="Name or email"
        onValueChange={(value) => update({ search: value || null }, { debounced: true })}
      />
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
