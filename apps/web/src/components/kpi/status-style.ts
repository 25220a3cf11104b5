import { AlertTriangle, CircleCheck, CircleDashed, CircleX, Clock, type LucideIcon } from "lucide-react";
import type { KpiStatus } from "@tally/domain";

export interface StatusStyle {
  /** Text on a tinted background, for badges: every pair reaches 4.5:1. */
  badge: string;
  /** A solid fill for bars and segments, where the words beside them carry the meaning. */
  fill: string;
  /** A top border for status tiles. */
  accent: string;
  icon: LucideIcon;
}

/** The one place a KPI status gets its colours; the word and the icon carry the status, the colour repeats it. */
export const STATUS_STYLES: Record<KpiStatus, StatusStyle> = {
  on_track: { badge: "bg-emerald-50 text-emerald-800 ring-emerald-300", fill: "bg-emerald-600", accent: "border-t-emerald-600", icon: CircleCheck },
  at_risk: { badge: "bg-amber-50 text-amber-900 ring-amber-400", fill: "bg-amber-500", accent: "border-t-amber-500", icon: AlertTriangle },
  off_track: { badge: "bg-red-50 text-red-800 ring-red-300", fill: "bg-red-600", accent: "border-t-red-600", icon: CircleX },
  overdue: { badge: "bg-surface text-red-900 ring-red-800", fill: "bg-red-900", accent: "border-t-red-900", icon: Clock },
  no_data: { badge: "bg-slate-100 text-slate-700 ring-slate-300", fill: "bg-slate-400", accent: "border-t-slate-400", icon: CircleDashed },
};

export function statusStyle(status: KpiStatus): StatusStyle {
  return STATUS_STYLES[status];
}
