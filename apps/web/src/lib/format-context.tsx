"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createFormatter, defaultFormatter, type FormatSettings, type Formatter } from "./format";

const FormatContext = createContext<Formatter>(defaultFormatter);

/** Gives every client component below it the organization's formatter; set once in the organization layout. */
export function FormatProvider({ settings, children }: { settings: FormatSettings; children: ReactNode }) {
  const { locale, timeZone, currency } = settings;
  const formatter = useMemo(() => createFormatter({ locale, timeZone, currency }), [locale, timeZone, currency]);
  return <FormatContext value={formatter}>{children}</FormatContext>;
}

/** The formatter of the organization on screen (US English in UTC outside one). */
export function useFormatter(): Formatter {
  return useContext(FormatContext);
}
