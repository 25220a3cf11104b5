import type { Metadata } from "next";
import Link from "next/link";
import { Gauge } from "lucide-react";
import { KPI_STATUSES, ROLE_LABELS } from "@tally/domain";
import { BriefingLinks } from "@/components/briefing/briefing-links";
import { buttonClasses } from "@/components/ui/button-classes";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { getOrgContext } from "@/server/org-context";
import { CategoryMatrix } from "./_dashboard/category-matrix";
import { historyPoints, historySummary } from "./_dashboard/history-points";
import { NeedsAttention } from "./_dashboard/needs-attention";
import { ObjectivesHealth } from "./_dashboard/objectives-health";
import { RecentCheckIns } from "./_dashboard/recent-check-ins";
import { StatusHeadline } from "./_dashboard/status-headline";
import { StatusHistory } from "./_dashboard/status-history";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { organization, membership, permissions } = await getOrgContext(orgSlug);
  const caller = await getCaller();
  const formatter = await getOrgFormatter(orgSlug);
  const dashboard = await loadForPage(() => caller.dashboard.overview({ orgSlug }), `/${orgSlug}`);
  const total = KPI_STATUSES.reduce((sum, status) => sum + dashboard.totals[status], 0);
  const description = `Overview · you are signed in as ${ROLE_LABELS[membership.role].toLowerCase()}; it shows the KPIs your role may see.`;

  if (total === 0) {
    return (
      <>
        <PageHeader title={organization.name} description={description} actions={<BriefingLinks orgSlug={orgSlug} scope={{ scope: "organization" }} />} />
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

  const points = historyPoints(dashboard.history, (month) => formatter.formatPeriod(`${month}-01`, "monthly"));
  const summary = historySummary(points, (share) => formatter.formatPercent(share.toFixed(0), { decimals: 0 }));

  return (
    <>
      <PageHeader title={organization.name} description={description} actions={<BriefingLinks orgSlug={orgSlug} scope={{ scope: "organization" }} />} />
      <StatusHeadline orgSlug={orgSlug} totals={dashboard.totals} previous={dashboard.previous} formatter={formatter} />

      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <StatusHistory points={points} summary={summary} />
        </div>
        <div className="lg:col-span-2">
          <NeedsAttention orgSlug={orgSlug} items={dashboard.needsAttention} totals={dashboard.totals} withoutAction={dashboard.withoutAction} formatter={formatter} />
        </div>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <div className="min-w-0 lg:col-span-3">
          <CategoryMatrix orgSlug={orgSlug} rows={dashboard.matrix} formatter={formatter} />
        </div>
        <div className="lg:col-span-2">
          <RecentCheckIns orgSlug={orgSlug} checkIns={dashboard.recentCheckIns} formatter={formatter} />
        </div>
      </div>

      <div className="mt-6">
        <ObjectivesHealth orgSlug={orgSlug} objectives={dashboard.objectives} since={dashboard.objectivesSince} formatter={formatter} />
      </div>
    </>
  );
}
