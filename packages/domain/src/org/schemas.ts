import { z } from "zod";
import { slugSchema } from "./slug";
import { textSchema } from "../input/text";
import { currencyCodeSchema, localeSchema, timeZoneSchema } from "./locale";

// The input is capped before it is trimmed, so a huge value is refused without being copied.
export const orgNameSchema = textSchema({ max: 1000, tooLong: "Use at most 80 characters." })
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(80, "Use at most 80 characters.");

/** 1 = Monday … 7 = Sunday (ISO weekday). */
export const weekStartSchema = z.int({ error: "Choose the day weeks start on." }).min(1, "Choose the day weeks start on.").max(7, "Choose the day weeks start on.");

const ESCALATION_DAYS_MESSAGE = "Use a whole number of days from 1 to 365.";
/** Days in the reminder chain: whole days, at least one, at most a year. */
export const escalationDaysSchema = z.int({ error: ESCALATION_DAYS_MESSAGE }).min(1, ESCALATION_DAYS_MESSAGE).max(365, ESCALATION_DAYS_MESSAGE);

/** Settings an admin changes; a field left out keeps its value. */
export const orgSettingsSchema = z.strictObject({
  name: orgNameSchema.optional(),
  currency: currencyCodeSchema.optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  weekStart: weekStartSchema.optional(),
  escalateToLeadsAfterDays: escalationDaysSchema.optional(),
  escalateToAdminsAfterDays: escalationDaysSchema.optional(),
});

export type OrgSettingsInput = z.infer<typeof orgSettingsSchema>;

/** A signed-in user starting another organization: the same rules as at sign-up. */
export const createOrganizationSchema = z.strictObject({
  orgName: orgNameSchema,
  orgSlug: slugSchema,
});

export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;
