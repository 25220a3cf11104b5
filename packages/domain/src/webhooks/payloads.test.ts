import { describe, expect, it } from "vitest";
import { checkInRecordedPayload, kpiDefinitionPayload, kpiStatusChangedPayload, webhookTestPayload } from "./payloads";

const at = new Date("2026-03-04T05:06:07.089Z");
const organization = { id: "org1", slug: "acme" };
const kpi = { id: "kpi1", code: "MRR", name: "Monthly recurring revenue" };

describe("webhook payloads", () => {
  it("checkin.recorded carries the KPI, the period, the value as text and the status", () => {
    const payload = checkInRecordedPayload(
      { organization, kpi, checkIn: { id: "ci1", periodStart: "2026-02-01", value: "1234.5", status: "at_risk", source: "import" } },
      at,
    );
    expect(payload).toEqual({
      type: "checkin.recorded",
      timestamp: "2026-03-04T05:06:07.089Z",
      data: {
        organization: { id: "org1", slug: "acme" },
        kpi: { id: "kpi1", code: "MRR", name: "Monthly recurring revenue" },
        checkIn: { id: "ci1", periodStart: "2026-02-01", value: "1234.5", status: "at_risk", source: "import" },
      },
    });
  });

  it("sends only the fields it names, whatever else the caller's objects hold", () => {
    const leaky = { ...kpi, ownerEmail: "owner@example.com" };
    const payload = checkInRecordedPayload(
      {
        organization: { ...organization, name: "Acme" } as typeof organization,
        kpi: leaky,
        checkIn: { id: "ci1", periodStart: "2026-02-01", value: "1", status: null, source: "manual", recordedBy: "someone@example.com" } as never,
      },
      at,
    );
    expect(JSON.stringify(payload)).not.toContain("@example.com");
    expect(JSON.stringify(payload)).not.toContain("Acme\"");
  });

  it("kpi.status_changed names both statuses", () => {
    const payload = kpiStatusChangedPayload({ organization, kpi, previousStatus: "on_track", status: "off_track", periodStart: "2026-02-01", value: "10" }, at);
    expect(payload.type).toBe("kpi.status_changed");
    expect(payload.data).toEqual({ organization, kpi, previousStatus: "on_track", status: "off_track", periodStart: "2026-02-01", value: "10" });
  });

  it("kpi.status_changed may go from no status to one", () => {
    const payload = kpiStatusChangedPayload({ organization, kpi: { ...kpi, code: null }, previousStatus: null, status: "on_track", periodStart: "2026-02-01", value: "3" }, at);
    expect(payload.data.previousStatus).toBeNull();
    expect(payload.data.kpi.code).toBeNull();
  });

  const definition = { ...kpi, category: "sales", unit: "currency", direction: "increase", cadence: "monthly", version: 3, archived: false };

  it("kpi.updated lists the changed fields in a stable order; created and archived do not", () => {
    const updated = kpiDefinitionPayload("kpi.updated", { organization, kpi: definition, changedFields: ["targets", "name"] }, at);
    expect(updated.data.changedFields).toEqual(["name", "targets"]);
    const created = kpiDefinitionPayload("kpi.created", { organization, kpi: definition, changedFields: ["name"] }, at);
    expect(created.data).not.toHaveProperty("changedFields");
    const archived = kpiDefinitionPayload("kpi.archived", { organization, kpi: { ...definition, archived: true } }, at);
    expect(archived).toMatchObject({ type: "kpi.archived", data: { kpi: { archived: true, version: 3, cadence: "monthly" } } });
  });

  it("webhook.test names the endpoint it was sent to", () => {
    expect(webhookTestPayload(organization, "ep1", at)).toEqual({
      type: "webhook.test",
      timestamp: at.toISOString(),
      data: { organization, endpointId: "ep1", message: "This is a test event from Tally. Your endpoint received it." },
    });
  });
});
