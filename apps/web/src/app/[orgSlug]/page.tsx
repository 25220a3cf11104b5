import type { Metadata } from "next";
import Link from "next/link";
import { Gauge } from "lucide-react";
import { KPI_CATEGORY_LABELS, KPI_STATUS_LABELS, KPI_STATUSES, ROLE_LABELS } from "@tally/domain";
import { formatKpiValue } from "@/components/kpi/format-value";
import { HealthBar } from "@/components/kpi/health-bar";
import { StatusBadge } from "@/components/kpi/status-badge";
import { STATUS_STYLES } from "@/components/kpi/status-style";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { getOrgContext } from "@/server/org-context";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { organization, membership, permissions } = await getOrgContext(orgSlug);
  const caller = await getCaller();
  const formatter = await getOrgFormatter(orgSlug);
  const [overview, objectives] = await loadForPage(
    () => Promise.all([caller.kpi.overview({ orgSlug }), caller.objective.list({ orgSlug })]),
    `/${orgSlug}`,
  );
  const total = KPI_STATUSES.reduce((sum, status) => sum + overview.counts[status], 0);
  const description = `Overview · you are signed in as ${ROLE_LABELS[membership.role].toLowerCase()}; it shows the KPIs your role may see.`;

  if (total === 0) {
    return (
      <>
        <PageHeader title={organization.name} description={description} />
        <EmptyState icon={Gauge} title="No KPIs to show yet">
          Once your organization tracks KPIs, this page shows how many are on track, at risk, off track or overdue, the
          objectives they serve and what needs attention first.
          {permissions.includes("kpi.create") && (
            <span className="mt-4 block">
              <Link href={`/${orgSlug}/kpis/new`} className={buttonClasses("primary")}>
                Create the first KPI
              </Link>
            </span>
          )}
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title={organization.name} description={description} />
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="sr-only">
          KPIs by status
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {KPI_STATUSES.map((status) => (
            <li key={status}>
              <Link
                href={`/${orgSlug}/kpis?status=${status}`}
                className={`block rounded-xl border border-t-4 border-slate-200 bg-surface p-4 shadow-xs hover:bg-slate-50 ${STATUS_STYLES[status].accent}`}
              >
                <span className="block text-2xl font-semibold tabular-nums text-slate-900">{overview.counts[status]}</span>
                <span className="text-sm text-slate-600">{KPI_STATUS_LABELS[status]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="text-base font-semibold">Needs attention</h2>
          {overview.needsAttention.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">Nothing is off track, at risk or overdue. Well done.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {overview.needsAttention.map((kpi) => (
                <li key={kpi.id} className="flex items-center justify-between gap-3 py-2.5">
                  <div className="min-w-0 break-words">
                    <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="font-medium text-slate-900 hover:underline">
                      {kpi.name}
                    </Link>
                    <p className="text-xs text-slate-500">
                      {kpi.owner.name} · latest {formatKpiValue(kpi.latestValue, kpi, formatter)}
                    </p>
                  </div>
                  <StatusBadge status={kpi.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <h2 className="text-base font-semibold">By category</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {overview.byCategory.map((row) => (
              <li key={row.category} className="flex justify-between">
                <Link href={`/${orgSlug}/kpis?category=${row.category}`} className="text-slate-700 hover:underline">
                  {KPI_CATEGORY_LABELS[row.category]}
                </Link>
                <span className="tabular-nums text-slate-900">{row.count}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>

      {objectives.length > 0 && (
        <section aria-labelledby="objectives-heading" className="mt-6">
          <h2 id="objectives-heading" className="mb-3 text-base font-semibold">
            Objectives
          </h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {objectives.map((objective) => (
              <li key={objective.id} className="rounded-xl border border-slate-200 bg-surface p-4 shadow-xs">
                <Link href={`/${orgSlug}/kpis?objective=${objective.id}`} className="font-medium text-slate-900 hover:underline">
                  {objective.name}
                </Link>
                <div className="mt-3">
                  <HealthBar health={objective.health} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
