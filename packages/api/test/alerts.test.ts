import { describe, expect, it } from "vitest";
import { ANALYSIS_ALERTS_JOB, analysisAlertsHandler } from "../src/services/alerts/analysis-alerts";
import { isAlertingChange } from "../src/services/alerts/status-alerts";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld } from "./support/world";

const database = useTestDatabase();

describe("isAlertingChange", () => {
  it("alerts on turning at risk or off track, and on coming back on track from either", () => {
    expect(isAlertingChange("on_track", "at_risk")).toBe(true);
    expect(isAlertingChange("at_risk", "off_track")).toBe(true);
    expect(isAlertingChange(null, "off_track")).toBe(true);
    expect(isAlertingChange("off_track", "on_track")).toBe(true);
    expect(isAlertingChange("at_risk", "on_track")).toBe(true);
    expect(isAlertingChange(null, "on_track")).toBe(false);
    expect(isAlertingChange("on_track", "on_track")).toBe(false);
    expect(isAlertingChange("off_track", null)).toBe(false);
  });
});

describe("status alerts", () => {
  it("tell the KPI's followers when it turns off track and back, not the one who recorded it nor who unfollowed", async () => {
    const db = database();
    const world = await createOrgWorld(db, "alerts");
    const { admin, manager, hr, executive, viewer } = world.members;
    const kpiId = world.kpis.ownedBy.executive;
    const slug = world.org.slug;
    // The executive owns it but stops following; HR, the manager and the viewer choose to follow. Restricted to
    // its project, only the viewer (a member of the project) may still see it.
    await callerFor(db, executive.sessionId).notification.setFollowing({ orgSlug: slug, kpiId, following: false });
    await callerFor(db, hr.sessionId).notification.setFollowing({ orgSlug: slug, kpiId, following: true });
    await callerFor(db, manager.sessionId).notification.setFollowing({ orgSlug: slug, kpiId, following: true });
    await callerFor(db, viewer.sessionId).notification.setFollowing({ orgSlug: slug, kpiId, following: true });
    await db.kpi.update({ where: { orgId_id: { orgId: world.org.id, id: kpiId } }, data: { visibility: "restricted" } });
    await db.kpiTeam.create({ data: { orgId: world.org.id, kpiId, teamId: world.teams.project.id } });

    const recorder = callerFor(db, admin.sessionId);
    await recorder.checkIn.record({ orgSlug: slug, kpiId, date: "2025-01-01", value: "50" });
    const alerted = async () =>
      (await db.notification.findMany({ where: { orgId: world.org.id, kpiId, kind: "status_changed" }, select: { recipientMembershipId: true, title: true } }))
        .map((row) => `${row.title}→${row.recipientMembershipId}`)
        .sort();
    expect(await alerted()).toEqual([`Owned by executive is now off track→${viewer.membershipId}`]);

    await recorder.checkIn.record({ orgSlug: slug, kpiId, date: "2025-02-01", value: "120" });
    expect(await alerted()).toEqual(
      [`Owned by executive is now off track→${viewer.membershipId}`, `Owned by executive is back on track→${viewer.membershipId}`].sort(),
    );
    // Recording the same value again changes no status and alerts nobody.
    await recorder.checkIn.record({ orgSlug: slug, kpiId, date: "2025-02-01", value: "121" });
    expect(await alerted()).toHaveLength(2);
  });

  it("a follower who records the change is not told of it; others are", async () => {
    const db = database();
    const world = await createOrgWorld(db, "alerts-self");
    const { manager, admin } = world.members;
    const kpiId = world.kpis.ownedBy.manager;
    await callerFor(db, admin.sessionId).notification.setFollowing({ orgSlug: world.org.slug, kpiId, following: true });
    await callerFor(db, manager.sessionId).checkIn.record({ orgSlug: world.org.slug, kpiId, date: "2025-01-01", value: "85" });
    const rows = await db.notification.findMany({ where: { orgId: world.org.id, kpiId, kind: "status_changed" }, select: { recipientMembershipId: true, title: true } });
    expect(rows).toEqual([{ recipientMembershipId: admin.membershipId, title: "Owned by manager is now at risk" }]);
  });
});

describe("forecast and signal alerts", () => {
  const monthsFrom2025 = (count: number) => Array.from({ length: count }, (_, index) => `${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`);
  const now = new Date("2026-06-10T12:00:00Z");
  // Runs the queued alert jobs as the worker would, leaving the world's other jobs (webhook deliveries) alone.
  const runAlerts = async (orgId: string) => {
    const jobs = await database().job.findMany({ where: { orgId, kind: ANALYSIS_ALERTS_JOB, status: "pending" } });
    for (const job of jobs) {
      await analysisAlertsHandler(database(), () => now).run({ ...job, attempts: 1 });
      await database().job.update({ where: { id: job.id }, data: { status: "done", finishedAt: new Date() } });
    }
    return jobs.length;
  };
  const alertsOf = async (orgId: string, kpiId: string, kinds: ("forecast_miss" | "process_signal")[] = ["forecast_miss", "process_signal"]) =>
    (await database().notification.findMany({ where: { orgId, kpiId, kind: { in: kinds } }, select: { kind: true, recipientMembershipId: true, title: true } }))
      .map((row) => `${row.kind}:${row.title}→${row.recipientMembershipId}`)
      .sort();

  it("tell followers once when the forecast turns to a miss, after the value's transaction, not the recorder", async () => {
    const db = database();
    const world = await createOrgWorld(db, "forecast-alerts");
    const { manager, executive } = world.members;
    const kpiId = world.kpis.ownedBy.manager;
    await callerFor(db, executive.sessionId).notification.setFollowing({ orgSlug: world.org.slug, kpiId, following: true });
    // Target 100 (warning 80): a steady fall of 5 a month heads far below it by June 2026. The owner records it.
    const values = monthsFrom2025(17).map((date, index) => ({ kpiId, date, value: String(150 - index * 5) }));
    await callerFor(db, manager.sessionId).checkIn.recordMany({ orgSlug: world.org.slug, entries: values });
    expect(await db.job.count({ where: { orgId: world.org.id, kind: ANALYSIS_ALERTS_JOB } })).toBe(1);
    expect(await alertsOf(world.org.id, kpiId)).toEqual([]);

    expect(await runAlerts(world.org.id)).toBe(1);
    expect(await alertsOf(world.org.id, kpiId, ["forecast_miss"])).toEqual([`forecast_miss:Owned by manager is likely to miss its target→${executive.membershipId}`]);

    // Another value in the same period reports the same miss: nobody is told twice.
    await callerFor(db, manager.sessionId).checkIn.record({ orgSlug: world.org.slug, kpiId, date: "2026-05-01", value: "69" });
    expect(await runAlerts(world.org.id)).toBe(1);
    expect(await alertsOf(world.org.id, kpiId, ["forecast_miss"])).toHaveLength(1);
  });

  it("tell followers of a process signal, and say nothing of routine variation", async () => {
    const db = database();
    const world = await createOrgWorld(db, "signal-alerts");
    const { admin, executive } = world.members;
    const kpiId = world.kpis.ownedBy.executive;
    const routine = monthsFrom2025(14).map((date, index) => ({ kpiId, date, value: String(index % 2 === 0 ? 101 : 99) }));
    await callerFor(db, admin.sessionId).checkIn.recordMany({ orgSlug: world.org.slug, entries: routine });
    await runAlerts(world.org.id);
    expect(await alertsOf(world.org.id, kpiId)).toEqual([]);

    await callerFor(db, admin.sessionId).checkIn.record({ orgSlug: world.org.slug, kpiId, date: "2026-03-01", value: "160" });
    await runAlerts(world.org.id);
    const alerts = await alertsOf(world.org.id, kpiId);
    expect(alerts).toEqual([`process_signal:Owned by executive shows a signal→${executive.membershipId}`]);
  });
});
