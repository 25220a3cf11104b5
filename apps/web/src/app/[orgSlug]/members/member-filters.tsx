import { Search } from "lucide-react";
import { ROLE_LABELS, ROLES, type ListMembersInput } from "@tally/domain";
import { buttonClasses } from "@/components/ui/button-classes";

interface Props {
  filters: ListMembersInput;
  teams: { id: string; name: string }[];
}

/** A plain GET form: filters live in the URL, so a filtered list can be shared and reloaded. */
export function MemberFilters({ filters, teams }: Props) {
  const selectClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
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
      <div className="flex flex-col gap-1.5">
        <label htmlFor="member-role" className="text-sm font-medium text-slate-800">
          Role
        </label>
        <select id="member-role" name="role" defaultValue={filters.role ?? ""} className={selectClass}>
          <option value="">All roles</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="member-status" className="text-sm font-medium text-slate-800">
          Status
        </label>
        <select id="member-status" name="status" defaultValue={filters.status ?? ""} className={selectClass}>
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="deactivated">Deactivated</option>
        </select>
      </div>
      {teams.length > 0 && (
        <div className="flex flex-col gap-1.5">
          <label htmlFor="member-team" className="text-sm font-medium text-slate-800">
            Team
          </label>
          <select id="member-team" name="team" defaultValue={filters.teamId ?? ""} className={selectClass}>
            <option value="">Any team</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className={buttonClasses("secondary")}>
        Apply filters
      </button>
    </form>
  );
}
