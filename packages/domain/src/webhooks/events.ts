/** The events an endpoint may subscribe to, in the order the form offers them. */
export const WEBHOOK_EVENTS = ["checkin.recorded", "kpi.status_changed", "kpi.created", "kpi.updated", "kpi.archived"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** Sent only when an admin asks for it, to the one endpoint named; no endpoint subscribes to it. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

export const WEBHOOK_EVENT_LABELS: Readonly<Record<WebhookEventType, { label: string; description: string }>> = {
  "checkin.recorded": { label: "Value recorded", description: "A value was recorded or corrected, by hand, by import or through the API." },
  "kpi.status_changed": { label: "Status changed", description: "A KPI's latest status changed, e.g. from on track to at risk." },
  "kpi.created": { label: "KPI created", description: "A new KPI was defined." },
  "kpi.updated": { label: "KPI changed", description: "A KPI's definition, targets or owner changed." },
  "kpi.archived": { label: "KPI archived", description: "A KPI was archived." },
};

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}
