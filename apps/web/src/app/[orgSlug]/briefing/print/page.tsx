import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BRIEFING_STATUS_ORDER, KPI_STATUS_LABELS, briefingScopeSchema, chartGeometry, queryObject } from "@tally/domain";
import { BriefingLinks } from "@/components/briefing/briefing-links";
import { explanationOf, factsOf, shareText } from "@/components/briefing/briefing-text";
import { PrintButton } from "@/components/briefing/print-button";
import { formatKpiNumber } from "@/components/kpi/format-value";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";

export const metadata: Metadata = { title: "Briefing" };

// Printing drops the app's navigation and starts every KPI on a new sheet.
const PRINT_CSS = `@media print {
  nav, header, aside, [data-print-hidden] { display: none !important; }
  main { padding: 0 !important; margin: 0 !important; }
  .briefing-kpi { break-before: page; }
}`;

const CHART = { width: 560, height: 150, left: 60, bottom: 18 };

export default async function BriefingPrintPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { orgSlug } = await params;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") search.set(key, value);
  const parsed = briefingScopeSchema.safeParse(queryObject(search).values);
  if (!parsed.success) notFound();
  const scope = parsed.data;
  const caller = await getCaller();
  const formatter = await getOrgFormatter(orgSlug);
  const briefing = await loadForPage(() => caller.briefing.get({ orgSlug, ...scope }), `/${orgSlug}/briefing/print?${search.toString()}`);
  const { cover, summary } = briefing;

  return (
    <article className="mx-auto max-w-3xl space-y-8 text-slate-900">
      <style>{PRINT_CSS}</style>
      <div data-print-hidden className="flex flex-wrap items-center justify-between gap-2">
        <PrintButton />
        <BriefingLinks orgSlug={orgSlug} scope={scope} />
      </div>
      <header className="space-y-1 border-b border-slate-200 pb-4" data-briefing-cover>
        <p className="text-sm text-slate-600">{cover.orgName}</p>
        <h1 className="text-2xl font-semibold">Briefing: {cover.title}</h1>
        <p className="text-sm text-slate-600">As of {formatter.formatDate(cover.today)}</p>
      </header>
      <section aria-labelledby="briefing-summary">
        <h2 id="briefing-summary" className="mb-2 text-lg font-semibold">Summary</h2>
        <p className="mb-3">
          {summary.total === 1 ? "1 KPI" : `${summary.total} KPIs`}. {shareText(briefing, formatter)}.
        </p>
        <table className="w-full text-sm">
          <caption className="sr-only">KPIs by status</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left">
              <th scope="col" className="py-1">Status</th>
              <th scope="col" className="py-1 text-right">KPIs</th>
            </tr>
          </thead>
          <tbody>
            {BRIEFING_STATUS_ORDER.map((status) => (
              <tr key={status} className="border-b border-slate-100">
                <td className="py-1">{KPI_STATUS_LABELS[status]}</td>
                <td className="py-1 text-right tabular-nums">{summary.counts[status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {briefing.omitted > 0 && <p className="mt-2 text-sm text-slate-600">{briefing.omitted} more KPIs are left out; the KPI list has them all.</p>}
      </section>
      {briefing.kpis.length === 0 && <p className="text-slate-600">No KPIs to brief on in this scope.</p>}
      {briefing.kpis.map((kpi) => {
        const geometry = chartGeometry(
          kpi.points.map((point) => ({ value: Number(point.value), target: point.target?.target ?? null, targetMin: point.target?.targetMin ?? null, targetMax: point.target?.targetMax ?? null })),
          CHART,
        );
        return (
          <section key={kpi.id} className="briefing-kpi space-y-3 border-t border-slate-200 pt-6" aria-labelledby={`kpi-${kpi.id}`}>
            <h2 id={`kpi-${kpi.id}`} className="text-xl font-semibold">{kpi.name}</h2>
            <p className="text-sm text-slate-600">Owner {kpi.ownerName}{kpi.teamName ? ` · Team ${kpi.teamName}` : ""}</p>
            <p>{explanationOf(kpi, formatter, cover.weekStart)}</p>
            <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
              {factsOf(kpi, formatter).map((fact) => (
                <div key={fact.label}>
                  <dt className="text-xs text-slate-500">{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
            {kpi.points.length > 0 ? (
              <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} className="w-full" role="img" aria-label={`Last ${kpi.points.length} values of ${kpi.name} with their targets`}>
                {geometry.grid.map((line) => (
                  <g key={line.value}>
                    <line x1={CHART.left} x2={CHART.width} y1={line.y} y2={line.y} stroke="#e5e7eb" />
                    <text x={CHART.left - 4} y={line.y + 3} textAnchor="end" fontSize="9" fill="#4b5563">{formatKpiNumber(line.value, kpi, formatter)}</text>
                  </g>
                ))}
                {geometry.targetSteps.map((step, index) => (
                  <line key={index} {...step} stroke="#dc2626" strokeDasharray="4 3" />
                ))}
                {geometry.lines.map((points, index) => (
                  <polyline key={index} points={points} fill="none" stroke="#2563eb" strokeWidth="2" />
                ))}
              </svg>
            ) : (
              <p className="text-sm text-slate-600">No values recorded yet.</p>
            )}
            <h3 className="font-semibold">Open actions</h3>
            {kpi.actions.length === 0 ? (
              <p className="text-sm text-slate-600">No open action.</p>
            ) : (
              <ul className="list-disc pl-5 text-sm">
                {kpi.actions.map((action) => (
                  <li key={action.id}>
                    {action.title} — {action.ownerName}, due {formatter.formatDate(action.dueDate)}
                    {action.overdue ? " (overdue)" : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </article>
  );
}
