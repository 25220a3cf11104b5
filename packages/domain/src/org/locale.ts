import { z } from "zod";

/** Number and date formats Tally offers, each a BCP 47 locale with its name in its own language. */
export const SUPPORTED_LOCALES = {
  "en-US": "English (United States)",
  "en-GB": "English (United Kingdom)",
  "de-DE": "Deutsch (Deutschland)",
  "de-CH": "Deutsch (Schweiz)",
  "fr-FR": "Français (France)",
  "es-ES": "Español (España)",
  "it-IT": "Italiano (Italia)",
  "nl-NL": "Nederlands (Nederland)",
  "pt-BR": "Português (Brasil)",
  "sv-SE": "Svenska (Sverige)",
  "pl-PL": "Polski (Polska)",
  "ja-JP": "日本語 (日本)",
  "hi-IN": "हिन्दी (भारत)",
  "en-IN": "English (India)",
} as const;

export type SupportedLocale = keyof typeof SUPPORTED_LOCALES;
export const LOCALES = Object.keys(SUPPORTED_LOCALES) as SupportedLocale[];

export const localeSchema = z.enum(LOCALES as [SupportedLocale, ...SupportedLocale[]], { error: "Choose one of the offered formats." });

// Some runtimes list a zone under its older name (Asia/Calcutta): offer the current names too.
const CURRENT_NAMES = ["Asia/Kolkata", "Europe/Kyiv", "Asia/Kathmandu", "Asia/Ho_Chi_Minh", "America/Nuuk", "Pacific/Kanton"];

function isKnownTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA time zone this runtime knows, UTC first, the rest in alphabetical order. */
export function timeZoneNames(): string[] {
  const names = new Set([...Intl.supportedValuesOf("timeZone"), ...CURRENT_NAMES.filter(isKnownTimeZone)]);
  names.delete("UTC");
  return ["UTC", ...[...names].sort()];
}

export const timeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .max(64, { message: "Choose a time zone from the list.", abort: true })
  .refine(isKnownTimeZone, "Choose a time zone from the list.");

const currencies = new Set<string>(Intl.supportedValuesOf("currency"));

export const currencyCodeSchema = z
  .string({ error: "Choose a currency." })
  .max(3, { message: "Use a three-letter ISO 4217 code such as EUR.", abort: true })
  .refine((code) => currencies.has(code), "Use a three-letter ISO 4217 code such as EUR.");

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const themeSchema = z.enum(THEMES, { error: "Choose light, dark or system." });

/** A person's own display preferences: null locale follows each organization's. */
export const updatePreferencesSchema = z.strictObject({
  theme: themeSchema.optional(),
  locale: localeSchema.nullable().optional(),
});

export type UpdatePreferencesInput = z.infer<typeof updatePreferencesSchema>;
