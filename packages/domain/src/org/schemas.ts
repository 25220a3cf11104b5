import { z } from "zod";
import { slugSchema } from "./slug";
import { textSchema } from "../input/text";

// The input is capped before it is trimmed, so a huge value is refused without being copied.
export const orgNameSchema = textSchema({ max: 1000, tooLong: "Use at most 80 characters." })
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(80, "Use at most 80 characters.");

export const orgSettingsSchema = z.strictObject({
  name: orgNameSchema,
});

export type OrgSettingsInput = z.infer<typeof orgSettingsSchema>;

/** A signed-in user starting another organization: the same rules as at sign-up. */
export const createOrganizationSchema = z.strictObject({
  orgName: orgNameSchema,
  orgSlug: slugSchema,
});

export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;
