import Link from "@/components/ui/link";
import type { KpiStatus } from "@tally/domain";
import { GroupKpiTable } from "@/components/groups/group-kpi-table";
import { HealthHistoryChart } from "@/components/groups/health-history-chart";
import { hasHistory } from "@/components/groups/health-history-data";
import { StatusCountLinks } from "@/components/groups/status-count-links";
import { Card } from "@/components/ui/card";
import type { Formatter } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/types";
import { kpiListHref } from "../../kpis/filters";

interface TeamKpisSectionProps {
  orgSlug: string;
  teamName: string;
  data: RouterOutputs["team"]["kpis"];
  history: RouterOutputs["team"]["healthHistory"];
  formatter: Formatter;
}

/** The team's KPIs the reader may see: counts by status, the KPIs themselves and their health over the year. */
export function TeamKpisSection({ orgSlug, teamName, data, history, formatter }: TeamKpisSectionProps) {
  const listHref = (status?: KpiStatus) => kpiListHref(`/${orgSlug}/kpis`, { teamId: data.team.id, status: status ?? null });
  const months = history.months.map((month) => ({ month: month.month, label: formatter.formatPeriod(month.asOf, "monthly"), values: month.counts }));
  return (
    <>
      <section aria-labelledby="team-kpis-heading" className="mb-6">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="team-kpis-heading" className="text-base font-semibold text-slate-900">
            KPIs
          </h2>
          {data.total > 0 && (
            <Link href={listHref()} className="text-sm font-medium text-brand-600 hover:underline">
              {data.total > data.kpis.length ? `See all ${data.total} in the KPI list` : "Open in the KPI list"}
            </Link>
          )}
        </div>
        {data.total === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-surface px-4 py-8 text-center text-sm text-slate-600">
            {teamName} has no KPIs you can see yet.
          </p>
        ) : (
          <>
            <StatusCountLinks label={`KPIs of ${teamName} by status`} counts={data.counts} hrefFor={(status) => listHref(status)} />
            <div className="mt-4">
              <GroupKpiTable orgSlug={orgSlug} caption={`KPIs of ${teamName}`} kpis={data.kpis} formatter={formatter} />
            </div>
          </>
        )}
      </section>
      {data.total > 0 && (
        <section aria-labelledby="team-health-heading" className="mb-6">
          <Card>
            <h2 id="team-health-heading" className="mb-3 text-base font-semibold text-slate-900">
              Health over time
            </h2>
            {hasHistory(months) ? (
              <HealthHistoryChart id="team-health" months={months} mode="count" unitLabel="number of KPIs in each status" />
            ) : (
              <p className="text-sm text-slate-600">None of these KPIs had started in the last twelve months.</p>
            )}
          </Card>
        </section>
      )}
    </>
  );
}
