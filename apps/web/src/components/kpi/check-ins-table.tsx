import { History } from "lucide-react";
import type { Cadence, KpiDirection } from "@tally/domain";
import { EmptyState } from "@/components/ui/empty-state";
import type { Formatter } from "@/lib/format";
import { formatKpiValue, type KpiValueFormat } from "./format-value";
import { statusOfPeriod, targetSchedule } from "./period-status";
import { StatusBadge } from "./status-badge";
import type { KpiCheckIn, KpiTargetRow } from "./types";

interface CheckInsTableProps {
  id: string;
  checkIns: readonly KpiCheckIn[];
  targets: readonly KpiTargetRow[];
  direction: KpiDirection;
  cadence: Cadence;
  format: KpiValueFormat;
  formatter: Formatter;
}

/** The recorded values, newest first, each with its period's status and the values it corrected. */
export function CheckInsTable({ id, checkIns, targets, direction, cadence, format, formatter }: CheckInsTableProps) {
  if (checkIns.length === 0) {
    return (
      <EmptyState icon={History} title="No values yet">
        Values recorded for this KPI appear here, one per period, with the chart above.
      </EmptyState>
    );
  }
  const schedule = targetSchedule(targets);
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-surface">
      <table id={id} className="w-full text-left text-sm">
        <caption className="sr-only">Recorded values, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Period</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Value</th>
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
            <th scope="col" className="px-4 py-2 font-medium">Comment</th>
            <th scope="col" className="px-4 py-2 font-medium">Recorded by</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {checkIns.map((checkIn) => {
            const status = statusOfPeriod(direction, schedule, checkIn.periodStart, checkIn.value);
            const label = formatter.formatPeriod(checkIn.periodStart, cadence);
            return (
              <tr key={checkIn.id} className="align-top">
                <th scope="row" className="px-4 py-2 font-medium text-slate-900">{label}</th>
                <td className="px-4 py-2 text-right tabular-nums">{formatKpiValue(checkIn.value, format, formatter)}</td>
                <td className="px-4 py-2">{status ? <StatusBadge status={status} /> : <span className="text-slate-400">—</span>}</td>
                <td className="max-w-xs whitespace-pre-line px-4 py-2 text-slate-700">{checkIn.comment || <span className="text-slate-400">—</span>}</td>
                <td className="px-4 py-2 text-slate-700">
                  <span className="block">{checkIn.recordedBy}</span>
                  <span className="block text-xs text-slate-500">{formatter.formatDateTime(checkIn.recordedAt)}</span>
                  {checkIn.revisions.length > 0 && (
                    <details className="mt-1 text-xs">
                      <summary className="cursor-pointer text-brand-700">
                        {checkIn.revisions.length === 1 ? "1 earlier value" : `${checkIn.revisions.length} earlier values`}
                        <span className="sr-only"> for {label}</span>
                      </summary>
                      <ul className="mt-1 flex flex-col gap-1 border-l-2 border-slate-200 pl-2">
                        {checkIn.revisions.map((revision) => (
                          <li key={revision.id}>
                            <span className="font-medium tabular-nums text-slate-800">{formatKpiValue(revision.value, format, formatter)}</span> by {revision.recordedBy},{" "}
                            {formatter.formatDateTime(revision.recordedAt)}
                            {revision.comment && <span className="block text-slate-500">“{revision.comment}”</span>}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
