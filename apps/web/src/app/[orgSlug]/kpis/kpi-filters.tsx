"use client";

import { KPI_CATEGORIES, KPI_CATEGORY_LABELS, KPI_STATUS_LABELS, KPI_STATUSES } from "@tally/domain";
import { FilterSearch } from "@/components/filters/filter-search";
import { FilterPendingStatus } from "@/components/filters/filter-transition";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { FilterSelect } from "@/components/ui/filter-select";
import { kpiFilterParsers, kpiFilterUrlKeys } from "./filters";

interface Option {
  id: string;
  name: string;
}

interface Props {
  owners: { membershipId: string; name: string }[];
  teams: Option[];
  objectives: Option[];
}

const SORT_OPTIONS = [
  { value: "status", label: "Status" },
  { value: "category", label: "Category" },
  { value: "updated", label: "Recently changed" },
];

/**
 * The KPI list's filters. Each applies as it is picked (the search after a pause in typing) and lives in the
 * address, so a filtered list can be shared, bookmarked and reloaded. It is also a plain GET form, so the search
 * works with Enter before the page's scripts have started.
 */
export function KpiFilters({ owners, teams, objectives }: Props) {
  const [filters, update] = useUrlFilters(kpiFilterParsers, kpiFilterUrlKeys);
  const parse = kpiFilterParsers;
  return (
    <form
      role="search"
      aria-label="Filter KPIs"
      className="mb-4 grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        update({ search: filters.search || null });
      }}
    >
      <FilterSearch
        id="kpi-search"
        value={filters.search ?? ""}
        placeholder="KPI name"
        onValueChange={(value) => update({ search: value || null }, { debounced: true })}
      />
      <FilterSelect
        id="kpi-status"
        label="Status"
        name="status"
        value={filters.status ?? ""}
        onValueChange={(value) => update({ status: parse.status.parse(value) })}
        any="Any status"
        options={KPI_STATUSES.map((s) => ({ value: s, label: KPI_STATUS_LABELS[s] }))}
      />
      <FilterSelect
        id="kpi-category"
        label="Category"
        name="category"
        value={filters.category ?? ""}
        onValueChange={(value) => update({ category: parse.category.parse(value) })}
        any="All categories"
        options={KPI_CATEGORIES.map((c) => ({ value: c, label: KPI_CATEGORY_LABELS[c] }))}
      />
      <FilterSelect
        id="kpi-owner"
        label="Owner"
        name="owner"
        value={filters.ownerMembershipId ?? ""}
        onValueChange={(value) => update({ ownerMembershipId: parse.ownerMembershipId.parse(value) })}
        any="Anyone"
        options={owners.map((o) => ({ value: o.membershipId, label: o.name }))}
      />
      {teams.length > 0 && (
        <FilterSelect
          id="kpi-team"
          label="Team"
          name="team"
          value={filters.teamId ?? ""}
          onValueChange={(value) => update({ teamId: parse.teamId.parse(value) })}
          any="Any team"
          options={teams.map((t) => ({ value: t.id, label: t.name }))}
        />
      )}
      {objectives.length > 0 && (
        <FilterSelect
          id="kpi-objective"
          label="Objective"
          name="objective"
          value={filters.objectiveId ?? ""}
          onValueChange={(value) => update({ objectiveId: parse.objectiveId.parse(value) })}
          any="Any objective"
          options={objectives.map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      <FilterSelect
        id="kpi-sort"
        label="Sort by"
        name="sort"
        value={filters.sort === "name" ? "" : filters.sort}
        onValueChange={(value) => update({ sort: parse.sort.parse(value) })}
        any="Name"
        options={SORT_OPTIONS}
      />
      <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
        <input type="checkbox" name="archived" value="1" checked={filters.archived} onChange={(event) => update({ archived: event.target.checked })} />
        Archived
      </label>
      <div className="col-span-2">
        <FilterPendingStatus />
      </div>
    </form>
  );
}
