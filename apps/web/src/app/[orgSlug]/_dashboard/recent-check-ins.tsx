import Link from "@/components/ui/link";
import { formatKpiValue } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Card } from "@/components/ui/card";
import type { Formatter } from "@/lib/format";
import type { RecentCheckIn } from "./types";

/** The values recorded or corrected last, each with the period it is for and who recorded it when. */
export function RecentCheckIns({ orgSlug, checkIns, formatter }: { orgSlug: string; checkIns: RecentCheckIn[]; formatter: Formatter }) {
  return (
    <Card>
      <h2 id="recent-heading" className="text-base font-semibold">
        Recent check-ins
      </h2>
      {checkIns.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No values recorded yet.</p>
      ) : (
        <ul aria-labelledby="recent-heading" className="mt-3 divide-y divide-slate-100">
          {checkIns.map((checkIn) => (
            <li key={checkIn.id} className="flex items-start justify-between gap-3 py-2.5">
              <div className="min-w-0 break-words">
                <Link href={`/${orgSlug}/kpis/${checkIn.kpi.id}`} className="font-medium text-slate-900 hover:underline">
                  {checkIn.kpi.name}
                </Link>
                <p className="text-sm text-slate-700">
                  {formatKpiValue(checkIn.value, checkIn.format, formatter)} for {formatter.formatPeriod(checkIn.periodStart, checkIn.kpi.cadence)}
                </p>
                <p className="text-xs text-slate-600">
                  {checkIn.recordedBy} · <time dateTime={new Date(checkIn.recordedAt).toISOString()}>{formatter.formatRelative(checkIn.recordedAt)}</time>
                </p>
              </div>
              {checkIn.status && <StatusBadge status={checkIn.status} className="shrink-0" />}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
