import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Gauge } from "lucide-react";
import { describeError } from "@tally/api";
import { KPI_STATUSES, ROLE_LABELS, todayIn } from "@tally/domain";
import { BriefingLinks } from "@/components/briefing/briefing-links";
import { AsOfBanner } from "@/components/as-of/as-of-banner";
import { AsOfControl } from "@/components/as-of/as-of-control";
import { asOfParam } from "@/components/as-of/as-of-param";
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

type Caller = Awaited<ReturnType<typeof getCaller>>;

/**
 * The overview as of the day asked for, or today's with the reason beside the date control when that day cannot
 * be shown (still to come, before the organization existed, not a date).
 */
async function loadOverview(caller: Caller, orgSlug: string, asOf: string | null) {
  if (asOf) {
    try {
      return { dashboard: await caller.dashboard.overview({ orgSlug, asOf }), asOf, asOfError: undefined };
    } catch (error) {
      const described = describeError(error);
      if (described.code !== "BAD_REQUEST") throw error;
      const asOfError = described.fieldErrors?.asOf?.[0] ?? "Choose a day in the past, as YYYY-MM-DD.";
      return { dashboard: await loadForPage(() => caller.dashboard.overview({ orgSlug }), `/${orgSlug}`), asOf: null, asOfError };
    }
  }
  return { dashboard: await loadForPage(() => caller.dashboard.overview({ orgSlug }), `/${orgSlug}`), asOf: null, asOfError: undefined };
}

export default async function OverviewPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: Promise<{ asOf?: string | string[] }> }) {
  const { orgSlug } = await params;
  const { organization, membership, permissions: allowed } = await getOrgContext(orgSlug);
  const caller = await getCaller();
  const formatter = await getOrgFormatter(orgSlug);
  const { dashboard, asOf, asOfError } = await loadOverview(caller, orgSlug, asOfParam((await searchParams).asOf));
  // The past is read-only: no control that would change today's data.
  const permissions = asOf ? [] : allowed;
  const today = todayIn(organization.timeZone, new Date());
  const control = <AsOfControl action={`/${orgSlug}`} asOf={asOf} today={today} error={asOfError} />;
  const banner = asOf && <AsOfBanner what="the overview" dayLabel={formatter.formatDate(asOf)} todayHref={`/${orgSlug}`} />;
  const total = KPI_STATUSES.reduce((sum, status) => sum + dashboard.totals[status], 0);
  const description = `Overview · you are signed in as ${ROLE_LABELS[membership.role].toLowerCase()}; it shows the KPIs your role may see.`;

  if (total === 0) {
    return (
      <>
        <PageHeader
          title={organization.name}
          description={description}
          actions={
            <div className="flex flex-wrap items-start gap-2">
              {control}
              {!asOf && <BriefingLinks orgSlug={orgSlug} scope={{ scope: "organization" }} />}
            </div>
          }
        />
        {banner}
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
      <PageHeader
        title={organization.name}
        description={description}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {control}
            {!asOf && <BriefingLinks orgSlug={orgSlug} scope={{ scope: "organization" }} />}
          </div>
        }
      />
      {banner}
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
