import { z } from "zod";
import { addDays, compareIsoDates, type IsoDate } from "../kpi/calendar";
import { isoDateSchema } from "../kpi/date-schema";
import { startOfDayIn } from "../org/day-start";

/**
 * `?asOf=YYYY-MM-DD` of the overview and the KPI page: show them as they stood at the end of that day in the
 * organization's time zone. Optional everywhere; without it the pages show today.
 */
export const asOfShape = { asOf: isoDateSchema.optional() };
export const asOfSchema = z.strictObject(asOfShape);

/**
 * Why `asOf` cannot be shown, or null when it can: a day still to come has no record yet, and a day before the
 * organization existed has nothing to show. `today` and `orgCreatedOn` are calendar days in the org's zone.
 */
export function asOfProblem(asOf: IsoDate, today: IsoDate, orgCreatedOn: IsoDate): string | null {
  if (compareIsoDates(asOf, today) > 0) return `${asOf} is in the future. Choose today or an earlier day.`;
  if (compareIsoDates(asOf, orgCreatedOn) < 0) return `The organization was created on ${orgCreatedOn}. Choose that day or a later one.`;
  return null;
}

/**
 * The first instant after the end of `asOf` in the zone: whatever was recorded strictly before it counts as
 * "recorded by then". Working with the next day's start keeps the comparison exact (no 23:59:59.999).
 */
export function asOfCutoff(timeZone: string, asOf: IsoDate): Date {
  return startOfDayIn(timeZone, addDays(asOf, 1));
}
