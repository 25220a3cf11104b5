import { WEBHOOK_EVENT_LABELS, WEBHOOK_TEST_EVENT, isWebhookEventType } from "@tally/domain";
import type { BadgeTone } from "@/components/ui/badge";

export type DeliveryStatus = "pending" | "delivered" | "failed";

export const DELIVERY_STATUS: Readonly<Record<DeliveryStatus, { label: string; tone: BadgeTone }>> = {
  pending: { label: "Retrying", tone: "warning" },
  delivered: { label: "Delivered", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
};

/** A delivery that has not been tried yet is queued, not retrying. */
export function deliveryStatus(status: DeliveryStatus, attempts: number): { label: string; tone: BadgeTone } {
  if (status === "pending" && attempts === 0) return { label: "Queued", tone: "neutral" };
  return DELIVERY_STATUS[status];
}

export function eventLabel(type: string): string {
  if (type === WEBHOOK_TEST_EVENT) return "Test event";
  return isWebhookEventType(type) ? WEBHOOK_EVENT_LABELS[type].label : type;
}
