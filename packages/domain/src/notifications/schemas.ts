import { z } from "zod";
import { idSchemaWith } from "../input/text";
import { DIGEST_FREQUENCIES } from "./digest";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "./kinds";
import { NOTIFICATION_PAGE_SIZE } from "./page-sizes";

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS, { error: "Choose a kind of notification." });
export const notificationChannelSchema = z.enum(NOTIFICATION_CHANNELS, { error: "Choose in the app, by e-mail or off." });
export const digestFrequencySchema = z.enum(DIGEST_FREQUENCIES, { error: "Choose no digest, daily or weekly." });

export const listNotificationsShape = {
  page: z.int({ error: "Choose a page." }).min(1, "Choose a page.").max(10_000, "Choose a page.").default(1),
  pageSize: z.int({ error: "Choose how many per page." }).min(1, "Choose how many per page.").max(50, "Choose how many per page.").default(NOTIFICATION_PAGE_SIZE),
  unreadOnly: z.boolean().default(false),
};

/** One notification, or with `all` every one of the member's. */
export const markNotificationsReadShape = {
  notificationId: idSchemaWith("Choose a notification.").optional(),
  all: z.boolean().optional(),
};

/** A kind left out keeps its channel; the digest left out keeps its frequency. */
export const updateNotificationPreferencesShape = {
  channels: z.partialRecord(notificationKindSchema, notificationChannelSchema).default({}),
  digest: digestFrequencySchema.optional(),
};
export const updateNotificationPreferencesSchema = z.strictObject(updateNotificationPreferencesShape);
export type UpdateNotificationPreferencesInput = z.infer<typeof updateNotificationPreferencesSchema>;

export const setFollowingShape = {
  kpiId: idSchemaWith("Choose a KPI."),
  following: z.boolean({ error: "Choose to follow or not." }),
};
