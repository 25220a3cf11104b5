import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Gauge, Plus, Upload } from "lucide-react";
import type { SearchParams } from "nuqs/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { ExportValuesDialog } from "@/components/exports/export-values-dialog";
import { FilteredResults, FilterTransition } from "@/components/filters/filter-transition";
import { buttonClasses } from "@/components/ui/button-classes";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { ColumnPicker } from "./column-picker";
import { kpiListHref, loadKpiFilters } from "./filters";
import { KpiCards } from "./kpi-cards";
import { KpiExportMenu } from "./kpi-export-menu";
import { KpiFilters } from "./kpi-filters";
import { KpiTable } from "./kpi-table";
import { SavedViews } from "./saved-views";

export const metadata: Metadata = { title: "KPIs" };

interface Props {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<SearchParams>;
}

export default async function KpisPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { permissions } = await requirePagePermission(orgSlug, "kpi.view");
  const formatter = await getOrgFormatter(orgSlug);
  const filters = await loadKpiFilters(searchParams);
  const caller = await getCaller();
  const [list, options, columns, views] = await loadForPage(
    () =>
      Promise.all([
        caller.kpi.list({ orgSlug, ...filters }),
        caller.kpi.filterOptions({ orgSlug }),
        caller.kpi.listColumns({ orgSlug }),
        caller.savedView.list({ orgSlug }),
      ]),
    `/${orgSlug}/kpis`,
  );
  const canCreate = permissions.includes("kpi.create");
  const canImport = permissions.includes("checkin.record");
  const filtered = Boolean(filters.search?.trim() || filters.status || filters.category || filters.ownerMembershipId || filters.teamId || filters.objectiveId || filters.archived);

  // The filters live in the address; nuqs keeps them in step with the App Router, on the pages that filter.
  return (
    <NuqsAdapter>
      <PageHeader
        title="KPIs"
        description="The indicators you may see, with their latest value and its period, target and status."
        actions={
          <div className="flex flex-wrap gap-2">
            <KpiExportMenu orgSlug={orgSlug} />
            <ExportValuesDialog orgSlug={orgSlug} />
            {canImport && (
              <Link href={`/${orgSlug}/imports`} className={buttonClasses("secondary")}>
                <Upload aria-hidden className="size-4" />
                Import values
              </Link>
            )}
            {canCreate && (
              <Link href={`/${orgSlug}/kpis/new`} className={buttonClasses("primary")}>
                <Plus aria-hidden className="size-4" />
                New KPI
              </Link>
            )}
          </div>
        }
      />
      <FilterTransition>
        <KpiFilters owners={options.owners} teams={options.teams} objectives={options.objectives} />
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
          <SavedViews orgSlug={orgSlug} views={views} columns={columns} />
          <ColumnPicker orgSlug={orgSlug} columns={columns} />
        </div>
        <FilteredResults>
          {list.kpis.length === 0 ? (
            <EmptyState icon={Gauge} title={filtered ? "No KPIs match these filters" : "No KPIs yet"}>
              {filtered
                ? "Try another search or clear the filters."
                : canCreate
                  ? "Start from the KPI library or define your own: a unit, a direction, a target, a cadence and an owner."
                  : "KPIs you may see appear here once someone creates them."}
            </EmptyState>
          ) : (
            <>
              {/* Both are sent; the screen size shows one and hides the other from assistive technology too. */}
              <KpiCards orgSlug={orgSlug} kpis={list.kpis} columns={columns} filtered={filtered} formatter={formatter} className="md:hidden" />
              <KpiTable orgSlug={orgSlug} kpis={list.kpis} columns={columns} filtered={filtered} formatter={formatter} className="hidden md:block" />
            </>
          )}
          <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={(page) => kpiListHref(`/${orgSlug}/kpis`, { ...filters, page })} />
        </FilteredResults>
      </FilterTransition>
    </NuqsAdapter>
  );
}
