export { followsKpi } from "./follows";
export {
  DEFAULT_NOTIFICATION_CHANNELS,
  NOTIFICATION_CHANNEL_LABELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  channelFor,
  resolveNotificationChannels,
} from "./kinds";
export type { NotificationChannel, NotificationKind } from "./kinds";
export { DIGEST_FREQUENCIES, DIGEST_FREQUENCY_LABELS, DIGEST_HOUR, dueDigest, latestDigestSlot } from "./digest";
export type { DigestFrequency, DigestSchedule, DueDigest } from "./digest";
export { instantAtLocalHour } from "./local-time";
export { NOTIFICATION_PAGE_SIZE, NOTIFICATION_PREVIEW_SIZE } from "./page-sizes";
export {
  digestFrequencySchema,
  listNotificationsShape,
  markNotificationsReadShape,
  notificationChannelSchema,
  notificationKindSchema,
  setFollowingShape,
  updateNotificationPreferencesSchema,
  updateNotificationPreferencesShape,
} from "./schemas";
export type { UpdateNotificationPreferencesInput } from "./schemas";
