import { formatPlainNumber, type DurationUnit, type KpiUnit } from "@tally/domain";
import { defaultFormatter, type Formatter } from "@/lib/format";

export interface KpiValueFormat {
  unit: KpiUnit;
  /** ISO 4217 code; set for currency KPIs. */
  currency: string | null;
  durationUnit: DurationUnit | null;
  decimals: number;
}

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
// A unit stays on the line of its number.
const NBSP = "\u00a0";
const DURATION_SUFFIX: Record<DurationUnit, string> = { hours: "h", days: "d" };

/**
 * "12.5%", "$1,250", "3.5 h", "1,024" (or "12,5 %", "1.250 $" in de-DE): a KPI value as the reader's format
 * writes it, with the KPI's decimals; "—" when there is none. Decimal strings are formatted exactly, so an
 * 18-digit value keeps every digit. Pages pass the organization's formatter (useFormatter or getOrgFormatter).
 */
export function formatKpiValue(value: string | null, format: KpiValueFormat, formatter: Formatter = defaultFormatter): string {
  if (value === null) return "—";
  const text = value.trim();
  if (!PLAIN_DECIMAL.test(text)) return text;
  const options = { decimals: Math.min(4, Math.max(0, Math.trunc(format.decimals))) };
  switch (format.unit) {
    case "percent":
      return formatter.formatPercent(text, options);
    case "currency":
      return format.currency ? formatter.formatCurrency(text, format.currency, options) : formatter.formatNumber(text, options);
    case "duration":
      return `${formatter.formatNumber(text, options)}${NBSP}${DURATION_SUFFIX[format.durationUnit ?? "hours"]}`;
    case "number":
    case "ratio":
    case "score":
      return formatter.formatNumber(text, options);
  }
}

/** The same for numbers the rules computed (chart axes, target summaries). */
export function formatKpiNumber(value: number, format: KpiValueFormat, formatter: Formatter = defaultFormatter): string {
  return formatKpiValue(formatPlainNumber(value), format, formatter);
}

/** What a value is entered in, for the hint beside a value input: "percent", "USD", "days". */
export function unitHint(format: Pick<KpiValueFormat, "unit" | "currency" | "durationUnit">, formatter: Formatter = defaultFormatter): string {
  switch (format.unit) {
    case "percent":
      return `In percent, e.g. ${formatter.formatNumber("12.5")} for ${formatter.formatPercent("12.5")}.`;
    case "currency":
      return `In ${format.currency ?? "the KPI's currency"}.`;
    case "duration":
      return `In ${format.durationUnit ?? "hours"}.`;
    case "ratio":
      return `As a ratio, e.g. ${formatter.formatNumber("1.25")}.`;
    case "score":
      return "As a score.";
    case "number":
      return "As a number.";
  }
}
