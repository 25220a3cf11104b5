import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Suspense, cache } from "react";
import { Archive, ArrowLeft, Upload } from "lucide-react";
import { CADENCE_LABELS, KPI_CATEGORY_LABELS, TEAM_KIND_LABELS, toNumberOrNull } from "@tally/domain";
import { KpiActionsCard, KpiActionsLoading } from "@/components/actions/kpi-actions-card";
import { KpiValuesExportMenu } from "@/components/exports/kpi-values-export-menu";
import { KpiChartsSection } from "@/components/kpi/analysis/kpi-charts-section";
import { PeriodChangeList } from "@/components/kpi/analysis/period-change-list";
import { chartPoints } from "@/components/kpi/chart-data";
import { CalculatedFrom } from "@/components/kpi/calculated-from";
import { CheckInForm } from "@/components/kpi/check-in-form";
import { CheckInsTable } from "@/components/kpi/check-ins-table";
import { DefinitionHistory } from "@/components/kpi/definition-history";
import type { KpiValueFormat } from "@/components/kpi/format-value";
import { KpiActions } from "@/components/kpi/kpi-actions";
import { KpiSummary } from "@/components/kpi/kpi-summary";
import { RemindersSent } from "@/components/kpi/reminders-sent";
import { FollowButton } from "@/components/notifications/follow-button";
import { targetSchedule } from "@/components/kpi/period-status";
import { SmartPanel } from "@/components/kpi/smart-panel";
import { StatusBadge } from "@/components/kpi/status-badge";
import { StatusTimelineLoading, StatusTimelineSection } from "@/components/kpi/status-timeline";
import { AsOfBanner } from "@/components/as-of/as-of-banner";
import { AsOfControl } from "@/components/as-of/as-of-control";
import { asOfParam } from "@/components/as-of/as-of-param";
import { KpiAsOfView } from "@/components/as-of/kpi-as-of-view";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import { describeError } from "@tally/api";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter, getOrgToday } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";

interface Props {
  params: Promise<{ orgSlug: string; kpiId: string }>;
  searchParams: Promise<{ asOf?: string | string[] }>;
}

const CHECK_INS_TABLE = "kpi-check-ins";
// Ids are short; anything longer is not an id, and asking the API would only earn a validation error.
const MAX_ID_LENGTH = 64;

/** The KPI and the names its history refers to; one load per request, shared by the title and the page. */
const loadKpi = cache(async (orgSlug: string, kpiId: string) => {
  if (kpiId.length > MAX_ID_LENGTH) notFound();
  await requirePagePermission(orgSlug, "kpi.view");
  const caller = await getCaller();
  return loadForPage(
    () => Promise.all([caller.kpi.get({ orgSlug, kpiId }), caller.kpi.filterOptions({ orgSlug }), caller.kpi.analysis({ orgSlug, kpiId })]),
    `/${orgSlug}/kpis/${kpiId}`,
  );
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, kpiId } = await params;
  const [kpi] = await loadKpi(orgSlug, kpiId);
  return { title: kpi.name };
}

/** The KPI as of the day asked for, or the reason that day cannot be shown (placed beside the date control). */
async function loadAsOf(orgSlug: string, kpiId: string, asOf: string | null) {
  if (!asOf) return { past: null, asOfError: undefined };
  const caller = await getCaller();
  try {
    return { past: await caller.kpi.asOf({ orgSlug, kpiId, asOf }), asOfError: undefined };
  } catch (error) {
    const described = describeError(error);
    if (described.code !== "BAD_REQUEST") throw error;
    return { past: null, asOfError: described.fieldErrors?.asOf?.[0] ?? "Choose a day in the past, as YYYY-MM-DD." };
  }
}

export default async function KpiPage({ params, searchParams }: Props) {
  const { orgSlug, kpiId } = await params;
  const [kpi, options, analysis] = await loadKpi(orgSlug, kpiId);
  const [today, formatter] = await Promise.all([getOrgToday(orgSlug), getOrgFormatter(orgSlug)]);
  const format: KpiValueFormat = { unit: kpi.unit, currency: kpi.currency, durationUnit: kpi.durationUnit, decimals: kpi.decimals };
  const { past, asOfError } = await loadAsOf(orgSlug, kpiId, asOfParam((await searchParams).asOf));
  const pageHref = `/${orgSlug}/kpis/${kpi.id}`;
  const asOfControl = <AsOfControl action={pageHref} asOf={past?.asOf ?? null} today={today} error={asOfError} />;
  if (past) {
    // The past is read-only: no value form, import, edit or archive; the page of today is one link away.
    return (
      <>
        <Link href={`/${orgSlug}/kpis`} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
          <ArrowLeft aria-hidden className="size-4" />
          All KPIs
        </Link>
        <div className="mb-4">{asOfControl}</div>
        <AsOfBanner what="this KPI" dayLabel={formatter.formatDate(past.asOf)} todayHref={pageHref} />
        <KpiAsOfView kpi={past} format={format} formatter={formatter} weekStart={past.weekStart} />
      </>
    );
  }
  const points = chartPoints(
    {
      checkIns: kpi.checkIns,
      schedule: targetSchedule(kpi.targets),
      direction: kpi.direction,
      cadence: kpi.cadence,
      weekStart: kpi.weekStart,
      endDate: kpi.endDate,
      today,
    },
    formatter,
  );
  const benchmark = toNumberOrNull(kpi.benchmarkValue);
  const names = {
    members: new Map([...options.owners.map((m) => [m.membershipId, m.name] as const), ...kpi.contributors.map((c) => [c.membershipId, c.name] as const), [kpi.owner.membershipId, kpi.owner.name] as const]),
    teams: new Map(options.teams.map((team) => [team.id, team.name])),
    objectives: new Map([...options.objectives.map((o) => [o.id, o.name] as const), ...kpi.objectives.map((o) => [o.id, o.name] as const)]),
  };

  return (
    <>
      <Link href={`/${orgSlug}/kpis`} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft aria-hidden className="size-4" />
        All KPIs
      </Link>
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{kpi.name}</h1>
            <p data-testid="kpi-status">
              <span className="sr-only">Status: </span>
              <StatusBadge status={kpi.status} />
            </p>
          </div>
          <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-600">
            {kpi.code && (
              <div className="flex gap-1">
                <dt>Code</dt>
                <dd className="font-mono font-medium text-slate-800">{kpi.code}</dd>
              </div>
            )}
            <div className="flex gap-1">
              <dt>Owner</dt>
              <dd className="font-medium text-slate-800">{kpi.owner.name}</dd>
            </div>
            <div className="flex gap-1">
              <dt>Team</dt>
              <dd className="font-medium text-slate-800">{kpi.team ? `${kpi.team.name} (${TEAM_KIND_LABELS[kpi.team.kind]})` : "None"}</dd>
            </div>
            <div className="flex gap-1">
              <dt>Category</dt>
              <dd className="font-medium text-slate-800">{KPI_CATEGORY_LABELS[kpi.category]}</dd>
            </div>
            <div className="flex gap-1">
              <dt>Cadence</dt>
              <dd className="font-medium text-slate-800">{CADENCE_LABELS[kpi.cadence]}</dd>
            </div>
          </dl>
          {kpi.description && <p className="mt-3 max-w-3xl whitespace-pre-line text-sm text-slate-700">{kpi.description}</p>}
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {asOfControl}
          {kpi.permissions.canRecord && !kpi.archived && (
            <Link href={`/${orgSlug}/imports?kpi=${kpi.id}`} className={buttonClasses("secondary")}>
              <Upload aria-hidden className="size-4" />
              Import values
            </Link>
          )}
          <FollowButton orgSlug={orgSlug} kpiId={kpi.id} />
          <KpiValuesExportMenu orgSlug={orgSlug} kpiId={kpi.id} />
          {kpi.permissions.canEdit && <KpiActions orgSlug={orgSlug} kpi={{ id: kpi.id, name: kpi.name, archived: kpi.archived }} />}
        </div>
      </header>

      {kpi.archived && (
        <div role="status" className="mb-6 flex items-center gap-2 rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-800">
          <Archive aria-hidden className="size-4" />
          This KPI is archived: it is out of the lists and takes no new values. {kpi.permissions.canEdit ? "Restore it to track it again." : ""}
        </div>
      )}

      <div className="flex flex-col gap-6">
        <KpiSummary
          kpi={kpi}
          format={format}
          formatter={formatter}
          today={today}
          change={<PeriodChangeList change={analysis.change} cadence={kpi.cadence} format={format} formatter={formatter} />}
        />

        {kpi.calculated && (
          <Card>
            <CalculatedFrom orgSlug={orgSlug} calculated={kpi.calculated} cadence={kpi.cadence} formatter={formatter} />
          </Card>
        )}

        {/* Right below the headline numbers: on a phone the form is in reach without scrolling past the chart. */}
        {kpi.permissions.canRecord && !kpi.archived && (
          <Card>
            <CheckInForm
              orgSlug={orgSlug}
              kpiId={kpi.id}
              cadence={kpi.cadence}
              weekStart={kpi.weekStart}
              today={today}
              format={format}
              recorded={Object.fromEntries(kpi.checkIns.map((checkIn) => [checkIn.periodStart, checkIn.value]))}
            />
          </Card>
        )}

        <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
          <Card>
            <KpiChartsSection
              points={points}
              analysis={analysis}
              direction={kpi.direction}
              cadence={kpi.cadence}
              format={format}
              formatter={formatter}
              baseline={toNumberOrNull(kpi.baseline)}
              benchmark={benchmark === null ? null : { value: benchmark, source: kpi.benchmarkSource }}
              tableId={CHECK_INS_TABLE}
            />
          </Card>
          <SmartPanel results={kpi.smart} />
        </div>

        <Suspense fallback={<KpiActionsLoading />}>
          <KpiActionsCard orgSlug={orgSlug} kpiId={kpi.id} archived={kpi.archived} today={today} formatter={formatter} />
        </Suspense>

        <Suspense fallback={<StatusTimelineLoading />}>
          <StatusTimelineSection orgSlug={orgSlug} kpiId={kpi.id} format={format} formatter={formatter} />
        </Suspense>

        <section aria-labelledby="check-ins-heading">
          <h2 id="check-ins-heading" className="mb-3 text-base font-semibold text-slate-900">
            Check-ins
          </h2>
          <CheckInsTable
            id={CHECK_INS_TABLE}
            checkIns={kpi.checkIns}
            targets={kpi.targets}
            direction={kpi.direction}
            cadence={kpi.cadence}
            format={format}
            formatter={formatter}
          />
        </section>

        <Card>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading" className="mb-3 text-base font-semibold text-slate-900">
              Definition history
            </h2>
            <DefinitionHistory entries={kpi.history} names={names} formatter={formatter} />
          </section>
        </Card>

        <Card>
          <Suspense fallback={<p className="text-sm text-slate-600">Loading reminders…</p>}>
            <RemindersSent orgSlug={orgSlug} kpiId={kpi.id} formatter={formatter} />
          </Suspense>
        </Card>
      </div>
    </>
  );
}
