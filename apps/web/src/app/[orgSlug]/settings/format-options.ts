import { COMMON_CURRENCIES, SUPPORTED_LOCALES, timeZoneNames, WEEKDAY_NAMES, type SupportedLocale } from "@tally/domain";
import { createFormatter } from "@/lib/format";

export interface Choice {
  value: string;
  label: string;
}

export interface FormatChoices {
  currencies: Choice[];
  locales: Choice[];
  timeZones: Choice[];
  weekdays: Choice[];
}

/** "UTC+13", "UTC−3:30": the zone's offset at `now`, to tell zones apart in a long list. */
function offsetOf(zone: string, now: Date): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(now).find((part) => part.type === "timeZoneName")?.value;
  return name === "GMT" || !name ? "UTC" : name.replace("GMT", "UTC").replace("-", "−");
}

/**
 * The choices of the settings form, built on the server so that the list (which depends on the runtime's time
 * zone data) is the same on the page and after hydration. The current values are always among them.
 */
export function formatChoices(current: { currency: string; timeZone: string }, now: Date = new Date()): FormatChoices {
  const currencyNames = new Intl.DisplayNames("en", { type: "currency" });
  const common = new Set<string>(COMMON_CURRENCIES);
  const others = Intl.supportedValuesOf("currency").filter((code) => !common.has(code));
  const currencyCodes = [...new Set([...COMMON_CURRENCIES, current.currency, ...others])];
  const zones = timeZoneNames();
  if (!zones.includes(current.timeZone)) zones.unshift(current.timeZone);
  return {
    currencies: currencyCodes.map((code) => ({ value: code, label: `${code} — ${currencyNames.of(code) ?? code}` })),
    locales: (Object.entries(SUPPORTED_LOCALES) as [SupportedLocale, string][]).map(([locale, name]) => {
      const sample = createFormatter({ locale, timeZone: "UTC", currency: current.currency });
      return { value: locale, label: `${name}: ${sample.formatNumber("1234.5")} · ${sample.formatDate("2026-03-31")}` };
    }),
    timeZones: zones.map((zone) => ({ value: zone, label: `${zone.replace(/_/g, " ")} (${offsetOf(zone, now)})` })),
    weekdays: WEEKDAY_NAMES.map((name, index) => ({ value: String(index + 1), label: name })),
  };
}
