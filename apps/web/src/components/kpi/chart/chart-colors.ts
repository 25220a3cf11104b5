import type { PeriodStatus } from "@tally/domain";

/**
 * The chart's colours, all in one place. Recharts takes colours as props, so they are CSS variables:
 * slate and white follow the theme by themselves (dark mode redefines them); the hues that do not
 * get their own dark shade here, set on the chart's container with CHART_THEME_CLASS.
 */
export const CHART_THEME_CLASS = [
  "[--chart-value:var(--color-indigo-700)] [.dark_&]:[--chart-value:var(--color-indigo-300)]",
  "[--chart-benchmark:var(--color-violet-700)] [.dark_&]:[--chart-benchmark:var(--color-violet-300)]",
  "[--chart-at-risk:var(--color-amber-400)] [.dark_&]:[--chart-at-risk:var(--color-amber-500)]",
  "[--chart-on-track:var(--color-emerald-500)] [.dark_&]:[--chart-on-track:var(--color-emerald-400)]",
  "[--chart-off-track:var(--color-red-600)] [.dark_&]:[--chart-off-track:var(--color-red-400)]",
].join(" ");

export const CHART_COLORS = {
  value: "var(--chart-value)",
  target: "var(--color-slate-700)",
  baseline: "var(--color-slate-500)",
  benchmark: "var(--chart-benchmark)",
  atRisk: "var(--chart-at-risk)",
  onTrack: "var(--chart-on-track)",
  grid: "var(--color-slate-200)",
  axis: "var(--color-slate-300)",
  /** Tick and reference-line text: 4.5:1 or more on the card in both themes. */
  text: "var(--color-slate-600)",
  strongText: "var(--color-slate-800)",
  /** The card behind the chart: marker fills and the halo that keeps labels readable over lines. */
  surface: "var(--color-white)",
} as const;

/** How see-through the shaded zones are, so lines and labels stay readable on top of them. */
export const ZONE_OPACITY = { atRisk: 0.25, onTrack: 0.22 } as const;

/** A period's status as a swatch colour; the word beside it carries the meaning. */
export const STATUS_SWATCH: Readonly<Record<PeriodStatus, string>> = {
  on_track: "var(--chart-on-track)",
  at_risk: "var(--chart-at-risk)",
  off_track: "var(--chart-off-track)",
};

/** Dash patterns, so the lines differ by more than colour. */
export const DASHES = { planned: "6 4", baseline: "10 4", benchmark: "2 3" } as const;
