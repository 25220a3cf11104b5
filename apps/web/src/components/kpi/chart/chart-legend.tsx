import type { ReactNode } from "react";
import { CHART_COLORS, DASHES, ZONE_OPACITY } from "./chart-colors";
import { CommentMarker } from "./comment-marker";

export interface ChartLegendProps {
  range: boolean;
  hasTarget: boolean;
  hasPlannedTarget: boolean;
  hasAtRiskZone: boolean;
  hasOnTrackBand: boolean;
  hasBaseline: boolean;
  hasBenchmark: boolean;
  hasComments: boolean;
  hasForecast?: boolean;
}

function LineSwatch({ color, dash, dot }: { color: string; dash?: string; dot?: boolean }) {
  return (
    <svg width="24" height="12" viewBox="0 0 24 12" aria-hidden className="shrink-0">
      <line x1="1" y1="6" x2="23" y2="6" stroke={color} strokeWidth={2} strokeDasharray={dash} />
      {dot && <circle cx="12" cy="6" r="3" fill={color} />}
    </svg>
  );
}

function ZoneSwatch({ color, opacity }: { color: string; opacity: number }) {
  return (
    <svg width="16" height="12" viewBox="0 0 16 12" aria-hidden className="shrink-0">
      <rect x="0.5" y="0.5" width="15" height="11" rx="2" fill={color} fillOpacity={opacity} stroke={color} />
    </svg>
  );
}

function Item({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-1.5">
      {swatch}
      <span>{children}</span>
    </li>
  );
}

/**
 * What each mark means, as text beside a sample of the mark. Plain HTML outside the drawing, so its
 * words keep the page's text colour (readable in both themes) and it shows before the drawing loads.
 */
export function ChartLegend(props: ChartLegendProps) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-slate-700" aria-label="Legend">
      <Item swatch={<LineSwatch color={CHART_COLORS.value} dot />}>Value</Item>
      {props.hasTarget && <Item swatch={<LineSwatch color={CHART_COLORS.target} />}>{props.range ? "Target band edges" : "Target"}</Item>}
      {props.hasPlannedTarget && <Item swatch={<LineSwatch color={CHART_COLORS.target} dash={DASHES.planned} />}>Planned target</Item>}
      {props.hasOnTrackBand && <Item swatch={<ZoneSwatch color={CHART_COLORS.onTrack} opacity={ZONE_OPACITY.onTrack} />}>On track (target band)</Item>}
      {props.hasAtRiskZone && (
        <Item swatch={<ZoneSwatch color={CHART_COLORS.atRisk} opacity={ZONE_OPACITY.atRisk} />}>{props.range ? "At risk (tolerance)" : "At risk (warning to target)"}</Item>
      )}
      {props.hasForecast && (
        <Item
          swatch={
            <svg width="24" height="12" viewBox="0 0 24 12" aria-hidden className="shrink-0">
              <rect x="0" y="1" width="24" height="10" fill={CHART_COLORS.value} fillOpacity={ZONE_OPACITY.forecast} />
              <line x1="1" y1="6" x2="23" y2="6" stroke={CHART_COLORS.value} strokeWidth={2} strokeDasharray={DASHES.forecast} />
            </svg>
          }
        >
          Forecast with its 80 % band
        </Item>
      )}
      {props.hasBaseline && <Item swatch={<LineSwatch color={CHART_COLORS.baseline} dash={DASHES.baseline} />}>Baseline</Item>}
      {props.hasBenchmark && <Item swatch={<LineSwatch color={CHART_COLORS.benchmark} dash={DASHES.benchmark} />}>Benchmark</Item>}
      {props.hasComments && (
        <Item
          swatch={
            <svg width="13" height="20" viewBox="0 0 18 28" aria-hidden className="shrink-0">
              <CommentMarker cx={9} cy={22} />
            </svg>
          }
        >
          Value with a comment (point at it to read)
        </Item>
      )}
    </ul>
  );
}
