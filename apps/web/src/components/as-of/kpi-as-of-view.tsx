import { CADENCE_LABELS, KPI_CATEGORY_LABELS, periodLabel, targetFor, targetSummary, type Cadence, type KpiDirection, type KpiStatus, type PeriodStatus, type TargetEntry } from "@tally/domain";
import { History } from "lucide-react";
import { formatKpiNumber, formatKpiValue, type KpiValueFormat } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import type { Formatter } from "@/lib/format";

/** What the KPI page shows of a past day: the API's KPI as of that day. */
export interface KpiAsOfData {
  name: string;
  description: string;
  category: keyof typeof KPI_CATEGORY_LABELS;
  cadence: Cadence;
  direction: KpiDirection;
  status: KpiStatus;
  ownerName: string;
  schedule: TargetEntry[];
  historyComplete: boolean;
  checkIns: { periodStart: string; value: string; comment: string; recordedAt: Date; recordedBy: string; status: PeriodStatus | null }[];
}

/**
 * A KPI as it stood at the end of a past day: its status judged that day, the target then in force and each value
 * as it stood then. Read-only by design: no form, no import, no edit.
 */
export function KpiAsOfView({ kpi, format, formatter, weekStart }: { kpi: KpiAsOfData; format: KpiValueFormat; formatter: Formatter; weekStart: number }) {
  const newest = kpi.checkIns.at(-1) ?? null;
  const target = newest ? targetFor(kpi.schedule, newest.periodStart) : (kpi.schedule[0] ?? null);
  const rows = [...kpi.checkIns].reverse();
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{kpi.name}</h1>
        <p data-testid="kpi-status">
          <span className="sr-only">Status: </span>
          <StatusBadge status={kpi.status} />
        </p>
      </header>
      <Card>
        <dl className="grid gap-4 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-600">Latest value then</dt>
            <dd data-testid="as-of-latest" className="text-lg font-semibold text-slate-900">
              {newest ? formatKpiValue(newest.value, format, formatter) : "No value yet"}
            </dd>
            {newest && <dd className="text-slate-600">{periodLabel(newest.periodStart, kpi.cadence, weekStart)}</dd>}
          </div>
          <div>
            <dt className="text-slate-600">Target then</dt>
            <dd data-testid="as-of-target" className="text-lg font-semibold text-slate-900">
              {targetSummary(kpi.direction, target, (value) => formatKpiNumber(value, format, formatter))}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Owner</dt>
            <dd className="font-medium text-slate-900">{kpi.ownerName}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Category · cadence</dt>
            <dd className="font-medium text-slate-900">
              {KPI_CATEGORY_LABELS[kpi.category]} · {CADENCE_LABELS[kpi.cadence]}
            </dd>
          </div>
        </dl>
        {!kpi.historyComplete && (
          <p className="mt-4 text-sm text-amber-800">
            This KPI's change history does not reach back to its creation, so its target and definition may have
            changed before that day without a record: they are shown as the earliest version known.
          </p>
        )}
      </Card>
      <section aria-labelledby="as-of-check-ins-heading">
        <h2 id="as-of-check-ins-heading" className="mb-3 text-base font-semibold text-slate-900">
          Check-ins as they stood then
        </h2>
        {rows.length === 0 ? (
          <EmptyState icon={History} title="No values recorded by then">Values recorded later are not shown on this day.</EmptyState>
        ) : (
          <TableScrollBox scrollLabel="Check-ins as they stood then">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Period</TableHead>
                  <TableHead>Value</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Recorded by</TableHead>
                  <TableHead>Recorded</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((checkIn) => (
                  <TableRow key={checkIn.periodStart}>
                    <TableCell>{periodLabel(checkIn.periodStart, kpi.cadence, weekStart)}</TableCell>
                    <TableCell className="tabular-nums">{formatKpiValue(checkIn.value, format, formatter)}</TableCell>
                    <TableCell>{checkIn.status ? <StatusBadge status={checkIn.status} /> : "No target"}</TableCell>
                    <TableCell>{checkIn.recordedBy}</TableCell>
                    <TableCell>{formatter.formatDateTime(checkIn.recordedAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScrollBox>
        )}
      </section>
    </div>
  );
}
