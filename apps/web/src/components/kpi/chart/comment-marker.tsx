import { CHART_COLORS } from "./chart-colors";

/**
 * A value that carries a comment: a hollow ring on the line and a speech bubble above it, numbered like
 * the note under the chart when it has one. The comment itself is in the tooltip, the notes and the
 * check-ins table.
 */
export function CommentMarker({ cx, cy, note = null }: { cx: number; cy: number; note?: number | null }) {
  return (
    <g aria-hidden>
      <circle cx={cx} cy={cy} r={4.5} fill={CHART_COLORS.surface} stroke={CHART_COLORS.value} strokeWidth={2} />
      <path
        d={`M${cx - 6} ${cy - 20} h12 a2 2 0 0 1 2 2 v6 a2 2 0 0 1 -2 2 h-4 l-2 3 l-2 -3 h-4 a2 2 0 0 1 -2 -2 v-6 a2 2 0 0 1 2 -2 z`}
        fill={CHART_COLORS.value}
      />
      {note !== null && (
        <text x={cx} y={cy - 12.5} textAnchor="middle" fontSize={8} fontWeight={700} fill={CHART_COLORS.surface}>
          {note}
        </text>
      )}
    </g>
  );
}
