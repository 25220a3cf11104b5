import { KPI_CATEGORIES, KPI_CATEGORY_LABELS, KPI_STATUS_LABELS, KPI_STATUSES, type ListKpisInput } from "@tally/domain";
import { buttonClasses } from "@/components/ui/button-classes";
import { FILTER_CONTROL_CLASSES, FilterSelect } from "@/components/ui/filter-select";

interface Option {
  id: string;
  name: string;
}

interface Props {
  filters: ListKpisInput;
  owners: { membershipId: string; name: string }[];
  teams: Option[];
  objectives: Option[];
}

/** A GET form: the filtered list lives in the URL, so it can be shared, bookmarked and reloaded. */
export function KpiFilters({ filters, owners, teams, objectives }: Props) {
  return (
    <form role="search" aria-label="Filter KPIs" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="flex min-w-48 flex-1 flex-col gap-1.5">
        <label htmlFor="kpi-search" className="text-sm font-medium text-slate-800">
          Search
        </label>
        <input id="kpi-search" name="search" type="search" defaultValue={filters.search ?? ""} placeholder="KPI name" className={FILTER_CONTROL_CLASSES} />
      </div>
      <FilterSelect id="kpi-status" label="Status" name="status" value={filters.status ?? ""} any="Any status" options={KPI_STATUSES.map((s) => ({ value: s, label: KPI_STATUS_LABELS[s] }))} />
      <FilterSelect id="kpi-category" label="Category" name="category" value={filters.category ?? ""} any="All categories" options={KPI_CATEGORIES.map((c) => ({ value: c, label: KPI_CATEGORY_LABELS[c] }))} />
      <FilterSelect id="kpi-owner" label="Owner" name="owner" value={filters.ownerMembershipId ?? ""} any="Anyone" options={owners.map((o) => ({ value: o.membershipId, label: o.name }))} />
      {teams.length > 0 && <FilterSelect id="kpi-team" label="Team" name="team" value={filters.teamId ?? ""} any="Any team" options={teams.map((t) => ({ value: t.id, label: t.name }))} />}
      {objectives.length > 0 && (
        <FilterSelect id="kpi-objective" label="Objective" name="objective" value={filters.objectiveId ?? ""} any="Any objective" options={objectives.map((o) => ({ value: o.id, label: o.name }))} />
      )}
      <FilterSelect
        id="kpi-sort"
        label="Sort by"
        name="sort"
        value={filters.sort === "name" ? "" : filters.sort}
        any="Name"
        options={[
          { value: "status", label: "Status" },
          { value: "category", label: "Category" },
          { value: "updated", label: "Recently changed" },
        ]}
      />
      <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
        <input type="checkbox" name="archived" value="1" defaultChecked={filters.archived} />
        Archived
      </label>
      <button type="submit" className={buttonClasses("secondary")}>
        Apply
      </button>
    </form>
  );
}
