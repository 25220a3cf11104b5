import type { Cadence, KpiDirection } from "@tally/domain";
import type { Formatter } from "@/lib/format";
import { cn } from "@/lib/cn";
import { CHART_COLORS, CHART_THEME_CLASS } from "../chart/chart-colors";
import { CHART_HEIGHT_CLASS } from "../chart/chart-layout";
import { formatKpiNumber, type KpiValueFormat } from "../format-value";
import { LazySignalDrawing } from "./lazy-signal-drawing";
import { SIGNAL_COLORS, SIGNAL_DASHES } from "./signal-colors";
import { RULE_LABELS, signalWords } from "./signal-words";
import type { KpiAnalysis } from "./types";

interface SignalViewProps {
  analysis: KpiAnalysis;
  direction: KpiDirection;
  cadence: Cadence;
  format: KpiValueFormat;
  formatter: Formatter;
}

function Swatch({ color, dash, diamond }: { color: string; dash?: string; diamond?: boolean }) {
  return (
    <svg width="24" height="12" viewBox="0 0 24 12" aria-hidden className="shrink-0">
      {diamond ? <path d="M12 0 L18 6 L12 12 L6 6 Z" fill={color} /> : <line x1="1" y1="6" x2="23" y2="6" stroke={color} strokeWidth={2} strokeDasharray={dash} />}
    </svg>
  );
}

/**
 * Signal versus noise: the XmR chart with the verdict and the target's place against the limits in words, and
 * a table of every point and the rules it broke for readers who cannot see the chart.
 */
export function SignalView({ analysis, direction, cadence, format, formatter }: SignalViewProps) {
  const words = signalWords(analysis, direction, cadence, format, formatter);
  const xmr = analysis.xmr;
  return (
    <section aria-labelledby="signal-heading" className="flex flex-col gap-3" data-testid="signal">
      <h3 id="signal-heading" className="sr-only">
        Signal versus noise
      </h3>
      <p className="text-sm font-medium text-slate-900" data-testid="signal-verdict">
        {words.verdict}
      </p>
      {words.capability && <p className="text-sm text-slate-700">{words.capability}</p>}
      {xmr && (
        <figure aria-labelledby="signal-summary" className={CHART_THEME_CLASS}>
          <div className={cn(CHART_HEIGHT_CLASS, "w-full")}>
            <LazySignalDrawing xmr={xmr} cadence={cadence} format={format} />
          </div>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-slate-700" aria-label="Legend">
            <li className="flex items-center gap-1.5">
              <Swatch color={CHART_COLORS.value} /> Value
            </li>
            <li className="flex items-center gap-1.5">
              <Swatch color={SIGNAL_COLORS.centre} /> Centre line (mean)
            </li>
            <li className="flex items-center gap-1.5">
              <Swatch color={SIGNAL_COLORS.limit} dash={SIGNAL_DASHES.limit} /> Natural process limits
            </li>
            <li className="flex items-center gap-1.5">
              <Swatch color={SIGNAL_COLORS.twoSigma} dash={SIGNAL_DASHES.twoSigma} /> Two-sigma lines
            </li>
            <li className="flex items-center gap-1.5">
              <Swatch color={SIGNAL_COLORS.flagged} diamond /> Point that breaks a rule
            </li>
          </ul>
          <figcaption id="signal-summary" className="mt-2 text-xs text-slate-600">
            {words.baseline} Rules: a point beyond a limit; 8 in a row on one side of the centre; 6 in a row rising or falling; 2 of 3 beyond the same two-sigma line.
          </figcaption>
          <table className="sr-only">
            <caption>Values against the natural process limits</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Value</th>
                <th scope="col">Rules broken</th>
              </tr>
            </thead>
            <tbody>
              {xmr.points.map((point, index) => (
                <tr key={xmr.periods[index]}>
                  <th scope="row">{formatter.formatPeriod(xmr.periods[index]!, cadence)}</th>
                  <td>{formatKpiNumber(point.value, format, formatter)}</td>
                  <td>{point.rules.length ? point.rules.map((rule) => RULE_LABELS[rule]).join(", ") : "None"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </section>
  );
}
