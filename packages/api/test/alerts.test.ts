import { describe, expect, it } from "vitest";
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
