import type { Cadence } from "@tally/domain";

/**
 * The one place where dates, times and numbers become text. Every screen of an organization formats through
 * the formatter made from that organization's settings (the reader's own format when they chose one), so one
 * screen never shows a date in two spellings.
 */
export interface FormatSettings {
  /** BCP 47 locale, e.g. "de-DE". */
  locale: string;
  /** IANA time zone in which instants are shown, e.g. "Europe/Berlin". */
  timeZone: string;
  /** The organization's ISO 4217 currency. */
  currency: string;
}

export interface NumberOptions {
  /** Exactly this many decimals; otherwise up to 6 (what storage keeps), without trailing zeros. */
  decimals?: number;
}

export interface Formatter {
  readonly settings: FormatSettings;
  /** A calendar date ("2026-03-12") as it is, or the date an instant falls on in the time zone. */
  formatDate(value: Date | string): string;
  /** An instant in the time zone, with the zone's short name: "Mar 12, 2026, 3:05 PM GMT+1". */
  formatDateTime(value: Date | string): string;
  /** A number or a decimal string (formatted exactly, without a detour through a float). */
  formatNumber(value: number | string, options?: NumberOptions): string;
  /** A value in percent points: 12.5 → "12.5%" (en-US), "12,5 %" (de-DE). */
  formatPercent(value: number | string, options?: NumberOptions): string;
  /** An amount in `currency` or the organization's, with the currency's usual decimals unless told. */
  formatCurrency(value: number | string, currency?: string | null, options?: NumberOptions): string;
  /** "5 min. ago", "yesterday"; the date itself past a month; "Never" for none. */
  formatRelative(value: Date | string | null, now?: Date): string;
  /** The period that starts on `periodStart`: "Mar 12, 2026", "Week of Mar 9, 2026", "Mar 2026", "Q1 2026", "2026". */
  formatPeriod(periodStart: string, cadence: Cadence): string;
}

/** Outside an organization (account pages, tests): US English, in UTC. */
export const DEFAULT_FORMAT_SETTINGS: FormatSettings = { locale: "en-US", timeZone: "UTC", currency: "USD" };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const MAX_STORED_DECIMALS = 6;
const MINUTE = 60_000;

/** A calendar date is a day, not an instant: it is shown as that day in every time zone. */
function calendarDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

function digits(options: NumberOptions | undefined): Intl.NumberFormatOptions {
  if (options?.decimals === undefined) return { maximumFractionDigits: MAX_STORED_DECIMALS };
  const decimals = Math.min(MAX_STORED_DECIMALS, Math.max(0, Math.trunc(options.decimals)));
  return { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
}

/** Intl takes decimal strings as exact values; anything else that is not a finite number is shown as it is. */
function numeric(value: number | string): Intl.StringNumericLiteral | number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = value.trim();
  return PLAIN_DECIMAL.test(text) ? (text as Intl.StringNumericLiteral) : null;
}

export function createFormatter(settings: FormatSettings): Formatter {
  const { locale, timeZone } = settings;
  const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
  function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
    let made = cache.get(key) as T | undefined;
    if (!made) {
      made = make();
      cache.set(key, made);
    }
    return made;
  }
  const dayIn = (zone: string) => memo(`day:${zone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: zone }));
  const instant = () =>
    memo("instant", () => new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" }));
  const monthOfYear = () => memo("month", () => new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" }));
  const relative = () => memo("relative", () => new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" }));
  const number = (key: string, options: Intl.NumberFormatOptions) => memo(`number:${key}`, () => new Intl.NumberFormat(locale, options));

  function formatDate(value: Date | string): string {
    const day = typeof value === "string" ? calendarDate(value) : null;
    return day ? dayIn("UTC").format(day) : dayIn(timeZone).format(new Date(value));
  }

  function formatNumber(value: number | string, options?: NumberOptions): string {
    const exact = numeric(value);
    if (exact === null) return String(value);
    return number(`plain:${options?.decimals ?? ""}`, digits(options)).format(exact);
  }

  function formatPercent(value: number | string, options?: NumberOptions): string {
    const exact = numeric(value);
    if (exact === null) return String(value);
    // Percent points to a fraction without a float division: "12.5" → "12.5e-2".
    const fraction = typeof exact === "number" ? exact / 100 : (`${exact}e-2` as Intl.StringNumericLiteral);
    return number(`percent:${options?.decimals ?? ""}`, { style: "percent", ...digits(options) }).format(fraction);
  }

  function formatCurrency(value: number | string, currency?: string | null, options?: NumberOptions): string {
    const code = currency || settings.currency;
    const exact = numeric(value);
    if (exact === null) return String(value);
    try {
      return number(`currency:${code}:${options?.decimals ?? ""}`, { style: "currency", currency: code, ...(options?.decimals === undefined ? {} : digits(options)) }).format(exact);
    } catch {
      // A code Intl does not know still reads well in front of the number.
      return `${code}\u00a0${formatNumber(value, options)}`;
    }
  }

  function formatRelative(value: Date | string | null, now: Date = new Date()): string {
    if (!value) return "Never";
    const minutes = Math.round((now.getTime() - new Date(value).getTime()) / MINUTE);
    if (minutes < 1) return "Just now";
    if (minutes < 60) return relative().format(-minutes, "minute");
    const hours = Math.round(minutes / 60);
    if (hours < 24) return relative().format(-hours, "hour");
    const days = Math.round(hours / 24);
    if (days < 30) return relative().format(-days, "day");
    return formatDate(new Date(value));
  }

  function formatPeriod(periodStart: string, cadence: Cadence): string {
    const day = calendarDate(periodStart);
    if (!day) return periodStart;
    const year = day.getUTCFullYear();
    switch (cadence) {
      case "daily":
        return formatDate(periodStart);
      case "weekly":
        return `Week of ${formatDate(periodStart)}`;
      case "monthly":
        return monthOfYear().format(day);
      case "quarterly":
        return `Q${Math.floor(day.getUTCMonth() / 3) + 1} ${year}`;
      case "yearly":
        return String(year);
    }
  }

  return {
    settings,
    formatDate,
    formatDateTime: (value) => instant().format(new Date(value)),
    formatNumber,
    formatPercent,
    formatCurrency,
    formatRelative,
    formatPeriod,
  };
}

/** For pages outside an organization. */
export const defaultFormatter = createFormatter(DEFAULT_FORMAT_SETTINGS);
export const formatDate = defaultFormatter.formatDate;
export const formatDateTime = defaultFormatter.formatDateTime;
export const formatRelative = defaultFormatter.formatRelative;
