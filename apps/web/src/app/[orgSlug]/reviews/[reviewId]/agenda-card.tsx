import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { FORECAST_VERDICT_LABELS } from "@tally/domain";
import { NoActionBadge } from "@/components/actions/no-action-badge";
import { formatKpiNumber, formatKpiValue, type KpiValueFormat } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Trend } from "@/components/kpi/trend";
import { Card } from "@/components/ui/card";
import type { Formatter } from "@/lib/format";
import type { ReviewBriefingKpi } from "../types";
import { BriefingActions } from "./briefing-actions";
import { EntryForm } from "./entry-form";
import { EntryList } from "./entry-list";

type Item = ReviewBriefingKpi["item"];

export function agendaFormat(item: Pick<Item, "unit" | "currency" | "decimals">): KpiValueFormat {
  return { unit: item.unit as KpiValueFormat["unit"], currency: item.currency, durationUnit: null, decimals: item.decimals };
}

function targetText(item: Item, format: KpiValueFormat, formatter: Formatter): string {
  const target = item.target;
  if (!target) return "no target";
  if (item.direction === "range") return `target ${formatKpiValue(target.targetMin, format, formatter)} to ${formatKpiValue(target.targetMax, format, formatter)}`;
  return `target ${formatKpiValue(target.target, format, formatter)}`;
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Props {
  orgSlug: string;
  reviewId: string;
  kpi: ReviewBriefingKpi;
  formatter: Formatter;
  today: string;
  canNote: boolean;
  canRun: boolean;
  /** The day the review was closed, in the organization's calendar; null while it is open. */
  closedDay: string | null;
  adjust?: ReactNode;
  addAction?: ReactNode;
}

/** One KPI of the agenda: where it stands, what was said and decided about it, and its actions. */
export function AgendaCard({ orgSlug, reviewId, kpi, formatter, today, canNote, canRun, closedDay, adjust, addAction }: Props) {
  const { item } = kpi;
  const format = agendaFormat(item);
  const headingId = `agenda-${item.kpiId}`;
  const kpiHref = `/${orgSlug}/kpis/${item.kpiId}${closedDay ? `?asOf=${closedDay}` : ""}`;
  const forecast = item.forecast;
  return (
    <Card>
      <article aria-labelledby={headingId} data-testid="agenda-item" className="flex flex-col gap-4">
        <header className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 id={headingId} className="break-words text-base font-semibold text-slate-900">
              <Link href={kpiHref} className="underline-offset-2 hover:underline">
                {item.name}
              </Link>
            </h3>
            <p className="text-xs text-slate-600">
              Owner {item.ownerName}
              {item.archived && " · archived"}
              {closedDay && " · link shows the KPI as of the close"}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={item.status} />
            {item.noOpenAction && <NoActionBadge />}
          </div>
        </header>
        <p className="text-sm text-slate-800">{item.explanation}</p>
        <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-xs text-slate-600">Latest</dt>
            <dd className="font-medium text-slate-900">
              {item.latest ? `${formatKpiValue(item.latest.value, format, formatter)} (${item.latest.periodLabel})` : "No value yet"}
              <span className="block text-xs font-normal text-slate-600">{targetText(item, format, formatter)}</span>
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">Trend</dt>
            <dd>
              <Trend values={item.trend} format={(value) => formatKpiNumber(value, format, formatter)} />
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">Forecast</dt>
            <dd className="text-slate-900">
              {sentenceCase(FORECAST_VERDICT_LABELS[forecast.verdict])}
              {forecast.period && forecast.value !== null && (
                <span className="block text-xs text-slate-600">
                  ≈ {formatKpiNumber(forecast.value, format, formatter)} in {formatter.formatPeriod(forecast.period, item.cadence)}
                </span>
              )}
            </dd>
          </div>
        </dl>
        {item.values.length > 0 && (
          <p className="text-xs text-slate-600">
            In the period: {item.values.map((value) => `${value.periodLabel} ${formatKpiValue(value.value, format, formatter)}`).join(" · ")}
          </p>
        )}
        <section aria-label={`Notes, decisions and adjustments on ${item.name}`} className="flex flex-col gap-2">
          <EntryList entries={kpi.decisions} label={`Decisions on ${item.name}`} formatter={formatter} />
          <EntryList entries={kpi.adjustments} label={`Adjustments to ${item.name}`} formatter={formatter} />
          <EntryList entries={kpi.notes} label={`Notes on ${item.name}`} formatter={formatter} />
        </section>
        <section aria-label={`Actions on ${item.name}`} className="flex flex-col gap-2">
          <h4 className="text-sm font-semibold text-slate-900">Actions</h4>
          <BriefingActions actions={kpi.actions} label={`Actions on ${item.name}`} today={today} formatter={formatter} />
        </section>
        {(canNote || canRun || adjust || addAction) && (
          <div className="flex flex-col gap-3 border-t border-slate-100 pt-3">
            <div className="grid gap-3 md:grid-cols-2">
              {canNote && <EntryForm orgSlug={orgSlug} reviewId={reviewId} kpiId={item.kpiId} kind="note" label={`Note on ${item.name}`} />}
              {canRun && <EntryForm orgSlug={orgSlug} reviewId={reviewId} kpiId={item.kpiId} kind="decision" label={`Decision on ${item.name}`} />}
            </div>
            {(adjust || addAction) && (
              <div className="flex flex-wrap gap-2">
                {adjust}
                {addAction}
              </div>
            )}
          </div>
        )}
      </article>
    </Card>
  );
}
