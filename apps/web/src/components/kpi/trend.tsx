import { cn } from "@/lib/cn";

interface TrendProps {
  values: readonly number[];
  /** Turns a value into text for the summary, e.g. with formatKpiNumber. */
  format?: (value: number) => string;
  width?: number;
  height?: number;
  className?: string;
}

const PADDING = 2;

function summary(values: readonly number[], format: (value: number) => string): string {
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return "No values yet";
  if (values.length === 1) return `One value: ${format(first)}`;
  const direction = last > first ? "up" : last < first ? "down" : "unchanged";
  return `Trend over ${values.length} values, ${direction}: from ${format(first)} to ${format(last)}`;
}

/** A small line of the latest values, for lists; the label says in words what the line shows. */
export function Trend({ values, format = String, width = 96, height = 28, className }: TrendProps) {
  const label = summary(values, format);
  if (values.length < 2) {
    return (
      <span role="img" aria-label={label} className={cn("inline-block text-xs text-slate-400", className)} style={{ width }}>
        {values.length === 0 ? "—" : ""}
      </span>
    );
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = (width - PADDING * 2) / (values.length - 1);
  const points = values.map((value, index) => {
    const x = PADDING + index * step;
    // A flat series sits in the middle rather than on the floor.
    const y = max === min ? height / 2 : PADDING + (1 - (value - min) / span) * (height - PADDING * 2);
    return [x, y] as const;
  });
  const last = points[points.length - 1]!;
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className={cn("text-brand-600", className)}>
      <polyline points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={last[0]} cy={last[1]} r={2} fill="currentColor" />
    </svg>
  );
}
