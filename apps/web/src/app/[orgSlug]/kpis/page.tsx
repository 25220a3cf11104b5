import type { Metadata } from "next";
import Link from "next/link";
import { Gauge, Plus } from "lucide-react";
import { CADENCE_LABELS, KPI_CATEGORY_LABELS, targetSummary, toNumberOrNull } from "@tally/domain";
import { formatKpiNumber, formatKpiValue } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Trend } from "@/components/kpi/trend";
import { buttonClasses } from "@/components/ui/button-classes";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getCaller, loadForPage } from "@/server/caller";
import { requirePagePermission } from "@/server/org-context";
import { kpiFiltersFrom, kpiFiltersQuery } from "./filters";
import { KpiFilters } from "./kpi-filters";

export const metadata: Metadata = { title: "KPIs" };

interface Props {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function KpisPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { permissions } = await requirePagePermission(orgSlug, "kpi.view");
  const filters = kpiFiltersFrom(await searchParams);
  const caller = await getCaller();
  const [list, options] = await loadForPage(
    () => Promise.all([caller.kpi.list({ orgSlug, ...filters }), caller.kpi.filterOptions({ orgSlug })]),
    `/${orgSlug}/kpis`,
  );
  const canCreate = permissions.includes("kpi.create");
  const filtered = Boolean(filters.search || filters.status || filters.category || filters.ownerMembershipId || filters.teamId || filters.objectiveId || filters.archived);

  return (
    <>
      <PageHeader
        title="KPIs"
        description="The indicators you may see, with their latest value, target and status."
        actions={
          canCreate ? (
            <Link href={`/${orgSlug}/kpis/new`} className={buttonClasses("primary")}>
              <Plus aria-hidden className="size-4" />
              New KPI
            </Link>
          ) : undefined
        }
      />
      <KpiFilters filters={filters} owners={options.owners} teams={options.teams} objectives={options.objectives} />
      {list.kpis.length === 0 ? (
        <EmptyState icon={Gauge} title={filtered ? "No KPIs match these filters" : "No KPIs yet"}>
          {filtered
            ? "Try another search or clear the filters."
            : canCreate
              ? "Start from the KPI library or define your own: a unit, a direction, a target, a cadence and an owner."
              : "KPIs you may see appear here once someone creates them."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">KPIs{filtered ? ", filtered" : ""}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">KPI</th>
                <th scope="col" className="px-4 py-3 font-medium">Status</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Current</th>
                <th scope="col" className="px-4 py-3 font-medium">Target</th>
                <th scope="col" className="px-4 py-3 font-medium">Trend</th>
                <th scope="col" className="px-4 py-3 font-medium">Owner</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.kpis.map((kpi) => {
                const format = { unit: kpi.unit, currency: kpi.currency, durationUnit: kpi.durationUnit, decimals: kpi.decimals };
                const target = kpi.target
                  ? targetSummary(
                      kpi.direction,
                      {
                        effectiveFrom: "",
                        target: toNumberOrNull(kpi.target.target),
                        targetMin: toNumberOrNull(kpi.target.targetMin),
                        targetMax: toNumberOrNull(kpi.target.targetMax),
                        warning: null,
                        tolerance: null,
                      },
                      (value) => formatKpiNumber(value, format),
                    )
                  : "—";
                return (
                  <tr key={kpi.id} aria-label={kpi.name}>
                    <td className="px-4 py-3">
                      <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="font-medium text-slate-900 hover:underline">
                        {kpi.name}
                      </Link>
                      <p className="text-xs text-slate-500">
                        {KPI_CATEGORY_LABELS[kpi.category]} · {CADENCE_LABELS[kpi.cadence]}
                        {kpi.team && ` · ${kpi.team.name}`}
                        {kpi.visibility === "restricted" && " · Restricted"}
                      </p>
                    </td>
                    <td className="px-4 py-3">
                      <StatusBadge status={kpi.status} />
                    </td>
                    <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{formatKpiValue(kpi.latestValue, format)}</td>
                    <td className="whitespace-nowrap px-4 py-3 text-slate-600">{target}</td>
                    <td className="px-4 py-3">
                      <Trend values={kpi.trend} format={(value) => formatKpiNumber(value, format)} />
                    </td>
                    <td className="px-4 py-3 text-slate-600">{kpi.owner.name}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={(page) => `/${orgSlug}/kpis${kpiFiltersQuery(filters, page)}`} />
    </>
  );
}
