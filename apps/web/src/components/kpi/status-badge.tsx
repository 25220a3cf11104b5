import { AlertTriangle, CircleCheck, CircleDashed, CircleX, Clock } from "lucide-react";
import { KPI_STATUS_LABELS, type KpiStatus } from "@tally/domain";
import { cn } from "@/lib/cn";

const STYLES: Record<KpiStatus, { className: string; icon: typeof CircleCheck }> = {
  on_track: { className: "bg-emerald-50 text-emerald-800 ring-emerald-200", icon: CircleCheck },
  at_risk: { className: "bg-amber-50 text-amber-900 ring-amber-300", icon: AlertTriangle },
  off_track: { className: "bg-red-50 text-red-700 ring-red-200", icon: CircleX },
  overdue: { className: "bg-white text-red-900 ring-red-800", icon: Clock },
  no_data: { className: "bg-slate-100 text-slate-600 ring-slate-200", icon: CircleDashed },
};

/** A KPI's or a period's status: the word and an icon carry it, the colour only repeats it. */
export function StatusBadge({ status, className }: { status: KpiStatus; className?: string }) {
  const { className: tone, icon: Icon } = STYLES[status];
  return (
    <span
      data-status={status}
      className={cn("inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", tone, className)}
    >
      <Icon aria-hidden className="size-3.5" />
      {KPI_STATUS_LABELS[status]}
    </span>
  );
}
