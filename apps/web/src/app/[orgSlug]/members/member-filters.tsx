import { Search } from "lucide-react";
import { ROLE_LABELS, ROLES, type ListMembersInput } from "@tally/domain";
import { buttonClasses } from "@/components/ui/button-classes";
import { FilterSelect } from "@/components/ui/filter-select";

interface Props {
  filters: ListMembersInput;
  teams: { id: string; name: string }[];
}

/** A plain GET form: filters live in the URL, so a filtered list can be shared and reloaded. */
export function MemberFilters({ filters, teams }: Props) {
  return (
    <form role="search" aria-label="Filter members" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="flex min-w-56 flex-1 flex-col gap-1.5">
        <label htmlFor="member-search" className="text-sm font-medium text-slate-800">
          Search
        </label>
        <div className="relative">
          <Search aria-hidden className="absolute left-3 top-2.5 size-4 text-slate-400" />
          <input
            id="member-search"
            name="search"
            type="search"
            defaultValue={filters.search ?? ""}
            placeholder="Name or email"
            className="w-full rounded-md border border-slate-300 bg-white py-2 pl-9 pr-3 text-sm"
          />
        </div>
      </div>
      <FilterSelect id="member-role" label="Role" name="role" value={filters.role ?? ""} any="All roles" options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />
      <FilterSelect
        id="member-status"
        label="Status"
        name="status"
        value={filters.status ?? ""}
        any="Any status"
        options={[
          { value: "active", label: "Active" },
          { value: "deactivated", label: "Deactivated" },
        ]}
      />
      {teams.length > 0 && (
        <FilterSelect id="member-team" label="Team" name="team" value={filters.teamId ?? ""} any="Any team" options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      )}
      <button type="submit" className={buttonClasses("secondary")}>
        Apply filters
      </button>
    </form>
  );
}
