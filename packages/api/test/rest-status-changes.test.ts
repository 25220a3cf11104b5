import { describe, expect, it } from "vitest";
import { apiClient } from "./support/rest-client";
import { useTestDatabase } from "./support/database";
import { createRestKpi, keyOf } from "./support/rest-world";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

describe("status changes through the API", () => {
  it("GET answers every status change with its cause and sentence, newest first, and a correction re-derives them", async () => {
    const world = await createOrgWorld(db(), "rest-why");
    const kpiId = await createRestKpi(db(), world, { name: "Orders shipped", code: "SHIPPED" });
    const client = apiClient(db(), world.apiKey.secret);
    const put = (date: string, value: string) => client.PUT("/kpis/{kpiId}/values/{date}", { params: { path: { kpiId, date } }, body: { value } });
    await put("2025-01-10", "105");
    await put("2025-02-10", "85");
    await put("2025-03-10", "70.5");

    const answer = await client.GET("/kpis/{kpiId}/status-changes", { params: { path: { kpiId: "shipped" } } });
    expect(answer.response.status).toBe(200);
    expect(answer.data).toMatchObject({ kpi_id: kpiId, status: "overdue" });
    const [trailing, ...stored] = answer.data!.data;
    // April 2025 had no value by 4 May 2025: derived on read, as of today.
    expect(trailing).toMatchObject({ changed_on: "2025-05-04", from: "off_track", to: "overdue", rule: "overdue", period_start: "2025-04-01", value: null, target: null, as_of_today: true });
    expect(trailing!.explanation).toBe("Turned overdue on 4 May 2025: Apr 2025 had no value 3 days after it ended");
    expect(stored[0]).toEqual({
      changed_on: "2025-03-01",
      from: "at_risk",
      to: "off_track",
      rule: "below_warning",
      period_start: "2025-03-01",
      value: "70.5",
      target: { effective_from: "2025-01-01", target: "100", target_min: null, target_max: null, warning: "80", tolerance: null },
      explanation: "Turned off track in Mar 2025: 70.5 is below the warning 80 (target 100 since Jan 2025)",
      as_of_today: false,
    });
    expect(stored.map((change) => [change.changed_on, change.to])).toEqual([
      ["2025-03-01", "off_track"],
      ["2025-02-01", "at_risk"],
      ["2025-01-01", "on_track"],
    ]);

    await put("2025-03-20", "95");
    const corrected = await client.GET("/kpis/{kpiId}/status-changes", { params: { path: { kpiId } } });
    expect(corrected.data!.data.map((change) => [change.changed_on, change.from, change.to])).toEqual([
      ["2025-05-04", "at_risk", "overdue"],
      ["2025-02-01", "on_track", "at_risk"],
      ["2025-01-01", "no_data", "on_track"],
    ]);
  });

  it("answers 404 for another organization's KPI and for a KPI outside the key's team", async () => {
    const world = await createOrgWorld(db(), "rest-why-scope");
    const other = await createOrgWorld(db(), "rest-why-other");
    const inTeam = await createRestKpi(db(), world, { name: "Invoices booked", code: "BOOKED", teamId: world.teams.department.id });
    const elsewhere = await createRestKpi(db(), world, { name: "Servers migrated", teamId: world.teams.project.id });
    const foreign = apiClient(db(), other.apiKey.secret);
    const missing = await foreign.GET("/kpis/{kpiId}/status-changes", { params: { path: { kpiId: inTeam } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.type).toBe("/docs/api#problem-not-found");
    const teamKey = apiClient(db(), (await keyOf(db(), world, { teamId: world.teams.department.id })).secret);
    expect((await teamKey.GET("/kpis/{kpiId}/status-changes", { params: { path: { kpiId: elsewhere } } })).response.status).toBe(404);
    expect((await teamKey.GET("/kpis/{kpiId}/status-changes", { params: { path: { kpiId: "booked" } } })).data).toMatchObject({ kpi_id: inTeam, status: "overdue" });
    expect((await teamKey.GET("/kpis/{kpiId}/status-changes", { params: { path: { kpiId: "not a ref!" } } })).response.status).toBe(422);
  });
});
