import type { PeriodStatus } from "@tally/domain";
import { STATUS_STYLES } from "../status-style";

/**
 * The colour a Tailwind fill class paints, as a CSS value for SVG props: "bg-amber-500" →
 * "var(--color-amber-500)". Tailwind defines every palette colour as such a variable, and the dark
 * scheme redefines them, so the value follows the theme. Null for anything that is not a plain fill.
 */
export function fillClassColor(fillClass: string): string | null {
  const match = /^bg-([a-z]+-\d{2,3}|surface|white|black)$/.exec(fillClass.trim());
  return match ? `var(--color-${match[1]})` : null;
}

/** Status colours come from the one status palette; the fallbacks only guard against a class this cannot read. */
function statusColor(status: PeriodStatus, fallback: string): string {
  return fillClassColor(STATUS_STYLES[status].fill) ?? fallback;
}

/**
 * The chart's colours, all in one place. Recharts takes colours as props, so they are CSS variables:
 * slate, the surface and the status hues follow the theme by themselves (the dark scheme redefines
 * them); indigo and violet, which it leaves alone, get their dark shade here, set on the chart's
 * container with CHART_THEME_CLASS.
 */
export const CHART_THEME_CLASS = [
  "[--chart-value:var(--color-indigo-700)] dark:[--chart-value:var(--color-indigo-300)]",
  "[--chart-benchmark:var(--color-violet-700)] dark:[--chart-benchmark:var(--color-violet-300)]",
].join(" ");

export const CHART_COLORS = {
  value: "var(--chart-value)",
  target: "var(--color-slate-700)",
  baseline: "var(--color-slate-500)",
  benchmark: "var(--chart-benchmark)",
  atRisk: statusColor("at_risk", "var(--color-amber-500)"),
  onTrack: statusColor("on_track", "var(--color-emerald-600)"),
  grid: "var(--color-slate-200)",
  axis: "var(--color-slate-300)",
  /** Tick and reference-line text: 4.5:1 or more on the card in both themes. */
  text: "var(--color-slate-600)",
  strongText: "var(--color-slate-800)",
  /** The card behind the chart: marker fills and the halo that keeps labels readable over lines. */
  surface: "var(--color-surface)",
} as const;

/** How see-through the shaded zones are, so lines and labels stay readable on top of them. */
export const ZONE_OPACITY = { atRisk: 0.25, onTrack: 0.22, forecast: 0.12 } as const;


/** Dash patterns, so the lines differ by more than colour. */
export const DASHES = { planned: "6 4", baseline: "10 4", benchmark: "2 3", forecast: "4 3" } as const;
