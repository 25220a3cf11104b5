import type { ReactNode } from "react";
import type { KpiStatus } from "@tally/domain";
import { STATUS_STYLES } from "@/components/kpi/status-style";
import { cn } from "@/lib/cn";

const TONES = {
  neutral: "bg-slate-100 text-slate-700",
  brand: "bg-brand-50 text-brand-700",
  success: "bg-emerald-50 text-emerald-800",
  warning: "bg-amber-50 text-amber-900",
  danger: "bg-red-50 text-red-800",
} as const;

export type BadgeTone = keyof typeof TONES;

interface BadgeProps {
  tone?: BadgeTone;
  /** Colours the badge as a KPI status instead of a tone, from the one status palette. */
  status?: KpiStatus;
  className?: string;
  children: ReactNode;
}

/** A short label; text and background reach 4.5:1 in every tone. */
export function Badge({ tone = "neutral", status, className, children }: BadgeProps) {
  return (
    <span
      data-status={status}
      className={cn(
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium",
        status ? cn("ring-1 ring-inset", STATUS_STYLES[status].badge) : TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
