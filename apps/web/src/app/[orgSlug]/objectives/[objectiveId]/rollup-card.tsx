import { KPI_STATUS_LABELS, KPI_STATUSES } from "@tally/domain";
import { STATUS_STYLES } from "@/components/kpi/status-style";
import { Card } from "@/components/ui/card";
import type { Formatter } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/types";

type Rollup = RouterOutputs["objective"]["get"]["rollup"];

const percent = (share: number, formatter: Formatter) => formatter.formatPercent(share * 100, { decimals: 0 });

/** The objective's weighted roll-up: the share on track, progress toward target and the weight by status. */
export function RollupCard({ rollup, formatter }: { rollup: Rollup; formatter: Formatter }) {
  const shares = rollup.shares;
  const breakdown = shares
    ? KPI_STATUSES.filter((status) => shares[status] > 0)
        .map((status) => `${percent(shares[status], formatter)} ${KPI_STATUS_LABELS[status].toLowerCase()}`)
        .join(", ")
    : "";
  return (
    <Card>
      <h2 id="rollup-heading" className="text-base font-semibold text-slate-900">
        Weighted roll-up
      </h2>
      <dl className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">On track, by weight</dt>
          <dd className="text-3xl font-semibold tabular-nums text-slate-900" data-testid="rollup-on-track">
            {rollup.onTrack === null ? "—" : percent(rollup.onTrack, formatter)}
          </dd>
          <dd className="text-xs text-slate-500">
            {rollup.onTrack === null
              ? "No linked KPI can be judged yet."
              : "Of the weight of KPIs that are due; an overdue KPI counts as not on track."}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Progress toward target, by weight</dt>
          <dd className="text-3xl font-semibold tabular-nums text-slate-900">{rollup.progress === null ? "—" : percent(rollup.progress, formatter)}</dd>
          <dd className="text-xs text-slate-500">
            {rollup.progress === null
              ? "Needs a current value, a baseline and a target."
              : `From baseline to target, each KPI capped at its target; measured on ${percent(rollup.progressCoverage ?? 0, formatter)} of the weight.`}
          </dd>
        </div>
      </dl>
      {shares && (
        <div className="mt-4">
          <div className="flex h-2.5 overflow-hidden rounded-full bg-slate-100" role="img" aria-label={`Weight by status: ${breakdown}`}>
            {KPI_STATUSES.map((status) =>
              shares[status] > 0 ? <span key={status} className={STATUS_STYLES[status].fill} style={{ width: `${shares[status] * 100}%` }} /> : null,
            )}
          </div>
          <p className="mt-2 text-xs text-slate-600">
            {breakdown} · {rollup.linkCount === 1 ? "1 KPI" : `${rollup.linkCount} KPIs`}
          </p>
        </div>
      )}
    </Card>
  );
}
