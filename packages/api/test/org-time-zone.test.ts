import { describe, expect, it } from "vitest";
import type { OrgActor } from "../src/services/actor";
import { recordCheckIns } from "../src/services/kpi/check-ins";
import { getKpi } from "../src/services/kpi/detail";
import { listDue } from "../src/services/kpi/due";
import { listKpis } from "../src/services/kpi/list";
import { loadSessionActor } from "../src/services/memberships";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

// Half an hour before midnight UTC on 31 March: already 1 April (10:30) in Auckland.
const LAST_HALF_HOUR_OF_MARCH = new Date("2026-03-31T23:30:00Z");
// 3 April 11:30 UTC is 4 April 00:30 in Auckland: March's grace days are over there, not yet in UTC.
const AFTER_AUCKLAND_GRACE = new Date("2026-04-03T11:30:00Z");

async function worldIn(label: string, timeZone: string): Promise<{ world: OrgWorld; actor: OrgActor; kpiId: string }> {
  const world = await createOrgWorld(db(), label);
  await db().organization.update({ where: { id: world.org.id }, data: { timeZone } });
  const loaded = await loadSessionActor(db(), world.members.admin.sessionId, world.org.slug);
  if (!loaded?.actor) throw new Error("The admin of the test world has no actor.");
  return { world, actor: loaded.actor, kpiId: world.kpis.ownedBy.admin };
}

describe("an organization's today follows its time zone", () => {
  it("sees April's period as current in Auckland while UTC is still in March", async () => {
    const auckland = await worldIn("auckland", "Pacific/Auckland");
    const utc = await worldIn("utc", "UTC");
    for (const { actor, kpiId } of [auckland, utc]) {
      await recordCheckIns(db(), actor, [{ kpiId, date: "2026-02-10", value: "90" }, { kpiId, date: "2026-03-10", value: "95" }], LAST_HALF_HOUR_OF_MARCH);
    }

    // The newest period waiting for a value; the months before February, never filled in, wait too.
    const dueInAuckland = await listDue(db(), auckland.actor, LAST_HALF_HOUR_OF_MARCH);
    expect(dueInAuckland.find((row) => row.kpiId === auckland.kpiId)).toMatchObject({ periodStart: "2026-04-01", overdue: false });
    const dueInUtc = await listDue(db(), utc.actor, LAST_HALF_HOUR_OF_MARCH);
    expect(dueInUtc.filter((row) => row.kpiId === utc.kpiId && row.periodStart >= "2026-02-01")).toEqual([]);

    // A value for April is accepted where April has begun and refused where it has not.
    await expect(recordCheckIns(db(), auckland.actor, [{ kpiId: auckland.kpiId, date: "2026-04-01", value: "97" }], LAST_HALF_HOUR_OF_MARCH)).resolves.toMatchObject({
      periods: [{ periodStart: "2026-04-01" }],
    });
    await expect(recordCheckIns(db(), utc.actor, [{ kpiId: utc.kpiId, date: "2026-04-01", value: "97" }], LAST_HALF_HOUR_OF_MARCH)).rejects.toThrow("has not started yet");
  });

  it("finds a monthly KPI overdue in Auckland three grace days into April while UTC still waits", async () => {
    const auckland = await worldIn("auckland-overdue", "Pacific/Auckland");
    const utc = await worldIn("utc-overdue", "UTC");
    for (const { actor, kpiId } of [auckland, utc]) {
      await recordCheckIns(db(), actor, [{ kpiId, date: "2026-02-10", value: "90" }], AFTER_AUCKLAND_GRACE);
    }

    const overdue = async ({ actor }: { actor: OrgActor }) =>
      (await listKpis(db(), actor, { status: "overdue", archived: false, sort: "name", order: "asc", page: 1 }, AFTER_AUCKLAND_GRACE)).kpis.map((kpi) => kpi.id);
    expect(await overdue(auckland)).toContain(auckland.kpiId);
    expect(await overdue(utc)).not.toContain(utc.kpiId);
    expect((await getKpi(db(), auckland.actor, auckland.kpiId, AFTER_AUCKLAND_GRACE)).status).toBe("overdue");
    expect((await getKpi(db(), utc.actor, utc.kpiId, AFTER_AUCKLAND_GRACE)).status).not.toBe("overdue");

    const march = (row: { kpiId: string; periodStart: string }, kpiId: string) => row.kpiId === kpiId && row.periodStart === "2026-03-01";
    const dueInAuckland = (await listDue(db(), auckland.actor, AFTER_AUCKLAND_GRACE)).find((row) => march(row, auckland.kpiId));
    expect(dueInAuckland).toMatchObject({ overdue: true });
    const dueInUtc = (await listDue(db(), utc.actor, AFTER_AUCKLAND_GRACE)).find((row) => march(row, utc.kpiId));
    expect(dueInUtc).toMatchObject({ overdue: false });
  });

  it("hands the browser the organization's time zone, format and currency", async () => {
    const { world } = await worldIn("current-zone", "Asia/Kolkata");
    await db().organization.update({ where: { id: world.org.id }, data: { locale: "hi-IN", currency: "INR" } });
    await db().user.update({ where: { id: world.members.viewer.userId }, data: { locale: "en-GB" } });
    const asAdmin = await callerFor(db(), world.members.admin.sessionId).organization.current({ orgSlug: world.org.slug });
    expect(asAdmin.organization).toMatchObject({ timeZone: "Asia/Kolkata", locale: "hi-IN", orgLocale: "hi-IN", currency: "INR" });
    const asViewer = await callerFor(db(), world.members.viewer.sessionId).organization.current({ orgSlug: world.org.slug });
    expect(asViewer.organization).toMatchObject({ timeZone: "Asia/Kolkata", locale: "en-GB", orgLocale: "hi-IN" });
  });
});
