export { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS, WEBHOOK_TEST_EVENT, isWebhookEventType } from "./events";
export type { WebhookEventType } from "./events";
export {
  HTTPS_REQUIRED_MESSAGE,
  MAX_WEBHOOK_ENDPOINTS,
  WEBHOOK_DELIVERY_PAGE_SIZE,
  WEBHOOK_DESCRIPTION_MAX,
  WEBHOOK_URL_MAX,
  listWebhookDeliveriesSchema,
  updateWebhookEndpointSchema,
  webhookDescriptionSchema,
  webhookEndpointRefSchema,
  webhookEndpointSchema,
  webhookEventsSchema,
  webhookUrlProblem,
  webhookUrlSchema,
} from "./schemas";
export type { ListWebhookDeliveriesInput, UpdateWebhookEndpointInput, WebhookEndpointInput } from "./schemas";
export { checkInRecordedPayload, kpiDefinitionPayload, kpiStatusChangedPayload, webhookTestPayload } from "./payloads";
export type {
  CheckInRecordedData,
  KpiDefinitionData,
  KpiStatusChangedData,
  WebhookKpiRef,
  WebhookOrganization,
  WebhookPayload,
  WebhookTestData,
} from "./payloads";
