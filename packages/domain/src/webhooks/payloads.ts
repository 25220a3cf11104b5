import type { PeriodStatus } from "../kpi/vocabulary";
import { WEBHOOK_TEST_EVENT, type WebhookEventType } from "./events";

/**
 * What an endpoint receives, in the shape Standard Webhooks recommends: the event's type, when it happened and
 * its data. Numbers travel as strings (exact decimals), dates as ISO text; no person's e-mail address is sent.
 */
export interface WebhookPayload<Type extends string = string, Data = object> {
  type: Type;
  timestamp: string;
  data: Data;
}

export interface WebhookOrganization {
  id: string;
  slug: string;
}

export interface WebhookKpiRef {
  id: string;
  code: string | null;
  name: string;
}

export interface CheckInRecordedData {
  organization: WebhookOrganization;
  kpi: WebhookKpiRef;
  checkIn: {
    id: string;
    /** The first day of the period the value belongs to. */
    periodStart: string;
    value: string;
    /** The period's status against its target, or null when the KPI has no target for it. */
    status: PeriodStatus | null;
    source: "manual" | "import" | "api" | "formula";
  };
}

export interface KpiStatusChangedData {
  organization: WebhookOrganization;
  kpi: WebhookKpiRef;
  previousStatus: PeriodStatus | null;
  status: PeriodStatus | null;
  /** The newest period with a value, whose status is the KPI's latest status. */
  periodStart: string | null;
  value: string | null;
}

export interface KpiDefinitionData {
  organization: WebhookOrganization;
  kpi: WebhookKpiRef & {
    category: string;
    unit: string;
    direction: string;
    cadence: string;
    version: number;
    archived: boolean;
  };
  /** For kpi.updated: the fields that changed. */
  changedFields?: string[];
}

export interface WebhookTestData {
  organization: WebhookOrganization;
  endpointId: string;
  message: string;
}

function envelope<Type extends string, Data>(type: Type, at: Date, data: Data): WebhookPayload<Type, Data> {
  return { type, timestamp: at.toISOString(), data };
}

function kpiRef(kpi: WebhookKpiRef): WebhookKpiRef {
  return { id: kpi.id, code: kpi.code, name: kpi.name };
}

export function checkInRecordedPayload(data: CheckInRecordedData, at: Date): WebhookPayload<"checkin.recorded", CheckInRecordedData> {
  const { checkIn } = data;
  return envelope("checkin.recorded", at, {
    organization: { id: data.organization.id, slug: data.organization.slug },
    kpi: kpiRef(data.kpi),
    checkIn: { id: checkIn.id, periodStart: checkIn.periodStart, value: checkIn.value, status: checkIn.status, source: checkIn.source },
  });
}

export function kpiStatusChangedPayload(data: KpiStatusChangedData, at: Date): WebhookPayload<"kpi.status_changed", KpiStatusChangedData> {
  return envelope("kpi.status_changed", at, {
    organization: { id: data.organization.id, slug: data.organization.slug },
    kpi: kpiRef(data.kpi),
    previousStatus: data.previousStatus,
    status: data.status,
    periodStart: data.periodStart,
    value: data.value,
  });
}

/** kpi.created, kpi.updated (naming the changed fields) and kpi.archived. */
export function kpiDefinitionPayload(
  type: Extract<WebhookEventType, "kpi.created" | "kpi.updated" | "kpi.archived">,
  data: KpiDefinitionData,
  at: Date,
): WebhookPayload<typeof type, KpiDefinitionData> {
  const { kpi } = data;
  return envelope(type, at, {
    organization: { id: data.organization.id, slug: data.organization.slug },
    kpi: {
      ...kpiRef(kpi),
      category: kpi.category,
      unit: kpi.unit,
      direction: kpi.direction,
      cadence: kpi.cadence,
      version: kpi.version,
      archived: kpi.archived,
    },
    ...(type === "kpi.updated" ? { changedFields: [...(data.changedFields ?? [])].sort() } : {}),
  });
}

export function webhookTestPayload(organization: WebhookOrganization, endpointId: string, at: Date): WebhookPayload<typeof WEBHOOK_TEST_EVENT, WebhookTestData> {
  return envelope(WEBHOOK_TEST_EVENT, at, {
    organization: { id: organization.id, slug: organization.slug },
    endpointId,
    message: "This is a test event from Tally. Your endpoint received it.",
  });
}
