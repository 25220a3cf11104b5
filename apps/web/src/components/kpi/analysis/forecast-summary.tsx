import { Info } from "lucide-react";
import { forecastSentence, type Cadence, type KpiDirection } from "@tally/domain";
import { Tooltip } from "@/components/ui/tooltip";
import type { Formatter } from "@/lib/format";
import { formatKpiNumber, type KpiValueFormat } from "../format-value";
import type { KpiAnalysis } from "./types";

const STEP_NAMES: Record<Cadence, string> = { daily: "day", weekly: "week", monthly: "month", quarterly: "quarter", yearly: "year" };

interface ForecastSummaryProps {
  analysis: KpiAnalysis;
  direction: KpiDirection;
  cadence: Cadence;
  format: KpiValueFormat;
  formatter: Formatter;
}

/** How the forecast was made, in words: the method and every input a reader needs to redo it. */
export function forecastMethodText(analysis: KpiAnalysis, cadence: Cadence, format: KpiValueFormat, formatter: Formatter): string | null {
  const forecast = analysis.forecast;
  if (!forecast) return null;
  const period = (start: string) => formatter.formatPeriod(start, cadence);
  const slope = `${forecast.slope >= 0 ? "+" : "−"}${formatKpiNumber(Math.abs(forecast.slope), format, formatter)}`;
  return [
    `Least-squares line through the last ${forecast.window} values (${period(forecast.from)} to ${period(forecast.to)}):`,
    `${slope} per ${STEP_NAMES[cadence]}, values stray ${formatKpiNumber(forecast.residualStandardError, format, formatter)} from it on average (residual standard error).`,
    "The shaded band is the 80 % prediction interval; it widens the further ahead it looks.",
    '"Likely" means the whole band lies on one side of the target.',
  ].join(" ");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The forecast sentence for the far horizon and for the current period, with the method on hover or focus. */
export function ForecastSummary({ analysis, direction, cadence, format, formatter }: ForecastSummaryProps) {
  const formatValue = (value: number) => formatKpiNumber(value, format, formatter);
  const periodLabel = (start: string) => formatter.formatPeriod(start, cadence);
  const sentence = (judged: KpiAnalysis["verdicts"]["far"]) =>
    forecastSentence({
      forecast: analysis.forecast,
      direction,
      target: judged?.target ?? null,
      period: judged?.period,
      valueCount: analysis.valueCount,
      periodLabel,
      format: formatValue,
    });
  const method = forecastMethodText(analysis, cadence, format, formatter);
  const { far, current } = analysis.verdicts;
  return (
    <section aria-labelledby="forecast-heading" className="flex flex-col gap-1 text-sm" data-testid="forecast">
      <div className="flex items-center gap-1.5">
        <h3 id="forecast-heading" className="font-semibold text-slate-900">
          Forecast
        </h3>
        {method && (
          <Tooltip content={method}>
            <button type="button" className="rounded-full p-0.5 text-slate-500 hover:text-slate-900 focus-visible:outline-2" aria-label="How the forecast is made">
              <Info aria-hidden className="size-4" />
            </button>
          </Tooltip>
        )}
      </div>
      {analysis.forecast ? (
        <>
          <p className="text-slate-800" data-testid="forecast-sentence">
            {sentence(far ?? current)}
          </p>
          {far && current && <p className="text-slate-600">This period: {lowerFirst(sentence(current))}</p>}
          {method && <p className="sr-only">{method}</p>}
        </>
      ) : (
        <p className="text-slate-600" data-testid="forecast-sentence">
          {sentence(null)}
        </p>
      )}
    </section>
  );
}
