import "server-only";
import { cache } from "react";
import { todayIn } from "@tally/domain";
import { createFormatter, type FormatSettings, type Formatter } from "@/lib/format";
import { getOrgContext } from "./org-context";

/** The reader's format, the organization's time zone and currency, for the organization named in the address. */
export const getFormatSettings = cache(async (orgSlug: string): Promise<FormatSettings> => {
  const { organization } = await getOrgContext(orgSlug);
  return { locale: organization.locale, timeZone: organization.timeZone, currency: organization.currency };
});

/** The formatter server components use; client components get the same one from useFormatter. */
export const getOrgFormatter = cache(async (orgSlug: string): Promise<Formatter> => createFormatter(await getFormatSettings(orgSlug)));

/** Today on the organization's calendar: its time zone decides when a day, and so a period, begins. */
export async function getOrgToday(orgSlug: string): Promise<string> {
  const { organization } = await getOrgContext(orgSlug);
  return todayIn(organization.timeZone, new Date());
}
