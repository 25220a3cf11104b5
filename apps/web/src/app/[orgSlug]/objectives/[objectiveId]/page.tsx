import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArrowLeft, Target } from "lucide-react";
import { objectiveIdSchema } from "@tally/domain";
import { GroupKpiTable } from "@/components/groups/group-kpi-table";
import { HealthHistoryChart } from "@/components/groups/health-history-chart";
import { hasHistory } from "@/components/groups/health-history-data";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { BriefingLinks } from "@/components/briefing/briefing-links";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { RollupCard } from "./rollup-card";
import { WeightForm } from "./weight-form";

type Params = Promise<{ orgSlug: string; objectiveId: string }>;

/** The objective and its history; one load per request, shared by the title and the page. */
const loadObjective = cache(async (orgSlug: string, objectiveId: string) => {
  await requirePagePermission(orgSlug, "objective.view");
  // An address no objective could have is a missing page, not a bad request.
  if (!objectiveIdSchema.safeParse({ objectiveId }).success) notFound();
  const caller = await getCaller();
  return loadForPage(
    () => Promise.all([caller.objective.get({ orgSlug, objectiveId }), caller.objective.healthHistory({ orgSlug, objectiveId })]),
    `/${orgSlug}/objectives/${objectiveId}`,
  );
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { orgSlug, objectiveId } = await params;
  const [objective] = await loadObjective(orgSlug, objectiveId);
  return { title: objective.name };
}

export default async function ObjectivePage({ params }: { params: Params }) {
  const { orgSlug, objectiveId } = await params;
  const [objective, history] = await loadObjective(orgSlug, objectiveId);
  const formatter = await getOrgFormatter(orgSlug);
  const months = history.months.map((month) => ({
    month: month.month,
    label: formatter.formatPeriod(month.asOf, "monthly"),
    values: month.shares ?? { on_track: 0, at_risk: 0, off_track: 0, overdue: 0, no_data: 0 },
  }));
  const owner = `Owned by ${objective.owner.name}`;
  const weightShare = (weight: string) =>
    formatter.formatPercent(objective.rollup.totalWeight > 0 ? (Number(weight) / objective.rollup.totalWeight) * 100 : 0, { decimals: 0 });

  return (
    <>
      <Link href={`/${orgSlug}/objectives`} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft aria-hidden className="size-4" />
        All objectives
      </Link>
      <PageHeader
        title={objective.name}
        description={objective.dueDate ? `${owner} · due ${formatter.formatDate(objective.dueDate)}` : owner}
        actions={<BriefingLinks orgSlug={orgSlug} scope={{ scope: "objective", id: objective.id }} />}
      />
      {objective.description && <p className="-mt-2 mb-6 max-w-prose whitespace-pre-line text-sm text-slate-700">{objective.description}</p>}

      {objective.kpis.length === 0 ? (
        <EmptyState icon={Target} title="No KPIs linked yet">
          Link KPIs to this objective from their edit page; its roll-up and health then follow from theirs.
        </EmptyState>
      ) : (
        <>
          <RollupCard rollup={objective.rollup} formatter={formatter} />

          <section aria-labelledby="linked-kpis-heading" className="mt-6">
            <h2 id="linked-kpis-heading" className="mb-1 text-base font-semibold text-slate-900">
              Linked KPIs
            </h2>
            <p className="mb-3 text-sm text-slate-600">
              Each KPI counts by its weight: equal weights count every KPI the same.
              {objective.canEditWeights ? " Change a weight to make a KPI count more or less." : ""}
            </p>
            <GroupKpiTable
              orgSlug={orgSlug}
              caption={`KPIs linked to ${objective.name}`}
              kpis={objective.kpis}
              formatter={formatter}
              extra={{
                header: "Weight",
                render: (kpi) => (
                  <div className="flex flex-col gap-1">
                    {objective.canEditWeights ? (
                      <WeightForm orgSlug={orgSlug} objectiveId={objective.id} kpi={{ id: kpi.id, name: kpi.name, weight: kpi.weight }} />
                    ) : (
                      <span className="tabular-nums">{formatter.formatNumber(kpi.weight)}</span>
                    )}
                    <span className="text-xs text-slate-500">{weightShare(kpi.weight)} of the weight</span>
                  </div>
                ),
              }}
            />
          </section>

          <section aria-labelledby="objective-health-heading" className="mt-6">
            <Card>
              <h2 id="objective-health-heading" className="mb-3 text-base font-semibold text-slate-900">
                Health over time
              </h2>
              {hasHistory(months) ? (
                <HealthHistoryChart id="objective-health" months={months} mode="share" unitLabel="share of the linked KPIs' weight in each status" />
              ) : (
                <p className="text-sm text-slate-600">None of its KPIs had started in the last twelve months.</p>
              )}
            </Card>
          </section>
        </>
      )}
    </>
  );
}
