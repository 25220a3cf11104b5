import { History } from "lucide-react";
import type { Cadence, KpiDirection } from "@tally/domain";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
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
    <TableScrollBox scrollLabel="Recorded values">
      <Table id={id}>
        <TableCaption>Recorded values, newest first</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead className="py-2">Period</TableHead>
            <TableHead className="py-2 text-right">Value</TableHead>
            <TableHead className="py-2">Status</TableHead>
            <TableHead className="py-2">Comment</TableHead>
            <TableHead className="py-2">Recorded by</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {checkIns.map((checkIn) => {
            const status = statusOfPeriod(direction, schedule, checkIn.periodStart, checkIn.value);
            const label = formatter.formatPeriod(checkIn.periodStart, cadence);
            return (
              <TableRow key={checkIn.id} className="align-top">
                <TableHead scope="row" className="py-2 text-slate-900">{label}</TableHead>
                <TableCell className="py-2 text-right tabular-nums">{formatKpiValue(checkIn.value, format, formatter)}</TableCell>
                <TableCell className="py-2">{status ? <StatusBadge status={status} /> : <span className="text-slate-500">—</span>}</TableCell>
                <TableCell className="max-w-xs whitespace-pre-line py-2 text-slate-700">{checkIn.comment || <span className="text-slate-500">—</span>}</TableCell>
                <TableCell className="py-2 text-slate-700">
                  <span className="block">{checkIn.source === "formula" ? "Calculated by the formula" : checkIn.recordedBy}</span>
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
                            <span className="font-medium tabular-nums text-slate-800">{formatKpiValue(revision.value, format, formatter)}</span> by {revision.source === "formula" ? "the formula" : revision.recordedBy},{" "}
                            {formatter.formatDateTime(revision.recordedAt)}
                            {revision.comment && <span className="block text-slate-500">“{revision.comment}”</span>}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScrollBox>
  );
}
