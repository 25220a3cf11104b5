/** What a notification is about; the same values as the database's NotificationKind. */
export const NOTIFICATION_KINDS = [
  "value_due",
  "value_overdue",
  "value_escalated",
  "status_changed",
  "forecast_miss",
  "process_signal",
  "action_assigned",
  "review_invited",
  "review_closed",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where a member wants a kind: in the app only, in the app and by e-mail, or nowhere. */
export const NOTIFICATION_CHANNELS = ["in_app", "email", "off"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  value_due: "A value is due",
  value_overdue: "A value is overdue",
  value_escalated: "An overdue value is escalated to you",
  status_changed: "A followed KPI changes status",
  forecast_miss: "A followed KPI's forecast turns to a miss",
  process_signal: "A followed KPI shows a process signal",
  action_assigned: "An action is assigned to you",
  review_invited: "You are invited to a review",
  review_closed: "A review you took part in is closed",
};

export const NOTIFICATION_CHANNEL_LABELS: Record<NotificationChannel, string> = {
  in_app: "In the app",
  email: "In the app and by e-mail",
  off: "Off",
};

/**
 * The channel of a kind until the member chooses. What asks the member to do something — a value to record, an
 * escalation, an action or a review to attend — comes by e-mail too, since it is missed if it waits for the next
 * visit. What reports on KPIs they follow (status, forecast, signals) can be many and stays in the app, where the
 * digest gathers it.
 */
export const DEFAULT_NOTIFICATION_CHANNELS: Record<NotificationKind, NotificationChannel> = {
  value_due: "email",
  value_overdue: "email",
  value_escalated: "email",
  status_changed: "in_app",
  forecast_miss: "in_app",
  process_signal: "in_app",
  action_assigned: "email",
  review_invited: "email",
  review_closed: "in_app",
};

/** The channel a member gets a kind on: their own choice if they made one, else the default. */
export function channelFor(kind: NotificationKind, chosen: Partial<Record<NotificationKind, NotificationChannel>>): NotificationChannel {
  return chosen[kind] ?? DEFAULT_NOTIFICATION_CHANNELS[kind];
}

/** Every kind with its channel, in the order of NOTIFICATION_KINDS: what the preferences page shows. */
export function resolveNotificationChannels(
  chosen: Partial<Record<NotificationKind, NotificationChannel>>,
): Record<NotificationKind, NotificationChannel> {
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, channelFor(kind, chosen)])) as Record<NotificationKind, NotificationChannel>;
}
