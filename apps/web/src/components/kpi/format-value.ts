import { formatPlainNumber, type DurationUnit, type KpiUnit } from "@tally/domain";

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

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(decimals: number, currency: string | null): Intl.NumberFormat {
  const key = `${decimals}:${currency ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    formatter = currency
      ? new Intl.NumberFormat("en", { style: "currency", currency, currencyDisplay: "code", ...digits })
      : new Intl.NumberFormat("en", digits);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Intl formats a decimal string exactly (no detour through a float), so an 18-digit value keeps every
 * digit up to the KPI's decimals and is rounded half away from zero after them.
 */
function grouped(value: string, decimals: number, currency: string | null): string {
  try {
    return formatterFor(decimals, currency).format(value as Intl.StringNumericLiteral);
  } catch {
    // A currency code Intl refuses still reads well in front of the number.
    return `${currency}${NBSP}${formatterFor(decimals, null).format(value as Intl.StringNumericLiteral)}`;
  }
}

/** "12.5%", "USD 1,250", "3.5 h", "1,024": a KPI value as people read it; "—" when there is none. */
export function formatKpiValue(value: string | null, format: KpiValueFormat): string {
  if (value === null) return "—";
  const text = value.trim();
  if (!PLAIN_DECIMAL.test(text)) return text;
  const decimals = Math.min(4, Math.max(0, Math.trunc(format.decimals)));
  switch (format.unit) {
    case "percent":
      return `${grouped(text, decimals, null)}%`;
    case "currency":
      return format.currency ? grouped(text, decimals, format.currency) : grouped(text, decimals, null);
    case "duration":
      return `${grouped(text, decimals, null)}${NBSP}${DURATION_SUFFIX[format.durationUnit ?? "hours"]}`;
    case "number":
    case "ratio":
    case "score":
      return grouped(text, decimals, null);
  }
}

/** The same for numbers the rules computed (chart axes, target summaries). */
export function formatKpiNumber(value: number, format: KpiValueFormat): string {
  return formatKpiValue(formatPlainNumber(value), format);
}

/** What a value is entered in, for the hint beside a value input: "percent", "USD", "days". */
export function unitHint(format: Pick<KpiValueFormat, "unit" | "currency" | "durationUnit">): string {
  switch (format.unit) {
    case "percent":
      return "In percent, e.g. 12.5 for 12.5%.";
    case "currency":
      return `In ${format.currency ?? "the KPI's currency"}.`;
    case "duration":
      return `In ${format.durationUnit ?? "hours"}.`;
    case "ratio":
      return "As a ratio, e.g. 1.25.";
    case "score":
      return "As a score.";
    case "number":
      return "As a number.";
  }
}
