import { CHART_COLORS } from "./chart-colors";

/**
 * A value that carries a comment: a hollow ring on the line and a speech bubble above it. The
 * comment itself is in the tooltip and in the check-ins table.
 */
export function CommentMarker({ cx, cy }: { cx: number; cy: number }) {
  return (
    <g aria-hidden>
      <circle cx={cx} cy={cy} r={4.5} fill={CHART_COLORS.surface} stroke={CHART_COLORS.value} strokeWidth={2} />
      <path
        d={`M${cx - 6} ${cy - 20} h12 a2 2 0 0 1 2 2 v6 a2 2 0 0 1 -2 2 h-4 l-2 3 l-2 -3 h-4 a2 2 0 0 1 -2 -2 v-6 a2 2 0 0 1 2 -2 z`}
        fill={CHART_COLORS.value}
      />
    </g>
  );
}
