import { describe, expect, it } from "vitest";
import { notify } from "../src/services/notifications/notify";
import { digestSweep } from "../src/services/notifications/digest-sweep";
import { callerFor, outcomeOf } from "./support/callers";
import { useTwoInstances } from "./support/two-instances";
import { createOrgWorld } from "./support/world";

const instances = useTwoInstances();
const database = () => instances().db;

describe("notification centre", () => {
  it("lists a member's own notifications newest first with the unread count, and marks them read", async () => {
    const db = database();
    const world = await createOrgWorld(db, "centre");
    const { manager } = world.members;
    const kpiId = world.kpis.ownedBy.manager;
    await db.$transaction((tx) =>
      notify(tx, world.org.id, [
        { recipientMembershipId: manager.membershipId, kind: "status_changed", title: "Off track now", link: `/kpis/${kpiId}`, kpiId, dedupeKey: "a" },
        { recipientMembershipId: manager.membershipId, kind: "status_changed", title: "Off track now", link: `/kpis/${kpiId}`, kpiId, dedupeKey: "a" },
      ]),
    );
    const caller = callerFor(db, manager.sessionId);
    const page = await caller.notification.list({ orgSlug: world.org.slug });
    expect(page.entries.map((entry) => entry.title)).toEqual(["Off track now", "A value is due"]);
    expect(page).toMatchObject({ total: 2, unread: 2 });
    expect(await caller.notification.markRead({ orgSlug: world.org.slug, notificationId: page.entries[0]!.id })).toEqual({ unread: 1 });
    expect(await caller.notification.unreadCount({ orgSlug: world.org.slug })).toBe(1);
    expect(await caller.notification.markRead({ orgSlug: world.org.slug, all: true })).toEqual({ unread: 0 });
    expect(await outcomeOf(caller.notification.markRead({ orgSlug: world.org.slug }))).toBe("BAD_REQUEST");
  });

  it("never shows or marks another member's notification", async () => {
    const db = database();
    const world = await createOrgWorld(db, "centre-isolation");
    const viewer = callerFor(db, world.members.viewer.sessionId);
    const page = await viewer.notification.list({ orgSlug: world.org.slug });
    expect(page.entries.map((entry) => entry.id)).toEqual([world.reviewing.notifications.viewer]);
    expect(await outcomeOf(viewer.notification.markRead({ orgSlug: world.org.slug, notificationId: world.reviewing.notifications.admin }))).toBe("NOT_FOUND");
    const stillUnread = await db.notification.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: world.reviewing.notifications.admin } } });
    expect(stillUnread.readAt).toBeNull();
  });

  it("keeps preferences per member: defaults until chosen, a kind left out keeps its channel", async () => {
    const db = database();
    const world = await createOrgWorld(db, "preferences");
    const caller = callerFor(db, world.members.executive.sessionId);
    const before = await caller.notification.preferences({ orgSlug: world.org.slug });
    expect(before).toMatchObject({ digest: "none", channels: { value_due: "email", status_changed: "in_app" } });
    await caller.notification.updatePreferences({ orgSlug: world.org.slug, channels: { status_changed: "off" }, digest: "weekly" });
    const after = await caller.notification.preferences({ orgSlug: world.org.slug });
    expect(after).toMatchObject({ digest: "weekly", channels: { value_due: "email", status_changed: "off" } });
    expect(await callerFor(db, world.members.hr.sessionId).notification.preferences({ orgSlug: world.org.slug })).toMatchObject({ digest: "none" });
    expect(
      await outcomeOf(caller.notification.updatePreferences({ orgSlug: world.org.slug, channels: { status_changed: "pigeon" } } as never)),
    ).toBe("BAD_REQUEST");
    await db.$transaction((tx) =>
      notify(tx, world.org.id, [{ recipientMembershipId: world.members.executive.membershipId, kind: "status_changed", title: "Muted", link: "/", dedupeKey: "muted" }]),
    );
    expect(await db.notification.count({ where: { orgId: world.org.id, title: "Muted" } })).toBe(0);
  });

  it("leaves deactivated members out", async () => {
    const db = database();
    const world = await createOrgWorld(db, "deactivated-recipient");
    await db.membership.update({ where: { orgId_id: { orgId: world.org.id, id: world.members.viewer.membershipId } }, data: { status: "deactivated" } });
    const written = await db.$transaction((tx) =>
      notify(tx, world.org.id, [{ recipientMembershipId: world.members.viewer.membershipId, kind: "value_due", title: "Gone", link: "/", dedupeKey: "gone" }]),
    );
    expect(written).toBe(0);
  });

  it("follows by default as owner, and keeps the member's choice", async () => {
    const db = database();
    const world = await createOrgWorld(db, "follow");
    const kpiId = world.kpis.ownedBy.manager;
    const owner = callerFor(db, world.members.manager.sessionId);
    const other = callerFor(db, world.members.hr.sessionId);
    expect(await owner.notification.following({ orgSlug: world.org.slug, kpiId })).toEqual({ following: true, chosen: false });
    expect(await other.notification.following({ orgSlug: world.org.slug, kpiId })).toEqual({ following: false, chosen: false });
    await owner.notification.setFollowing({ orgSlug: world.org.slug, kpiId, following: false });
    await other.notification.setFollowing({ orgSlug: world.org.slug, kpiId, following: true });
    expect(await owner.notification.following({ orgSlug: world.org.slug, kpiId })).toEqual({ following: false, chosen: true });
    expect(await other.notification.following({ orgSlug: world.org.slug, kpiId })).toEqual({ following: true, chosen: true });
    await db.kpi.update({ where: { orgId_id: { orgId: world.org.id, id: kpiId } }, data: { visibility: "restricted" } });
    expect(await outcomeOf(callerFor(db, world.members.viewer.sessionId).notification.setFollowing({ orgSlug: world.org.slug, kpiId, following: true }))).toBe("NOT_FOUND");
  });
});

describe("digests", () => {
  it("sends one digest per member and window, unread first, even with two sweeps racing, and nothing when there is nothing new", async () => {
    const { db, other } = instances();
    const world = await createOrgWorld(db, "digest");
    const { manager, hr } = world.members;
    await db.organization.update({ where: { id: world.org.id }, data: { timeZone: "Europe/Berlin" } });
    await db.membership.update({ where: { orgId_id: { orgId: world.org.id, id: manager.membershipId } }, data: { digest: "daily" } });
    await db.membership.update({ where: { orgId_id: { orgId: world.org.id, id: hr.membershipId } }, data: { digest: "daily" } });
    const nineBerlin = new Date("2026-06-10T07:00:00Z");
    await db.notification.create({
      data: { orgId: world.org.id, recipientMembershipId: manager.membershipId, kind: "status_changed", title: "Revenue is off track", link: "/kpis/x", dedupeKey: "d1", createdAt: new Date("2026-06-09T20:00:00Z") },
    });
    await db.notification.create({
      data: { orgId: world.org.id, recipientMembershipId: manager.membershipId, kind: "value_due", title: "Already seen", link: "/kpis/y", dedupeKey: "d2", createdAt: new Date("2026-06-09T21:00:00Z"), readAt: new Date() },
    });
    // The world's own notification is from now, outside this window.
    const sent = await Promise.all([digestSweep(db, nineBerlin, "https://tally.example"), digestSweep(other, nineBerlin, "https://tally.example")]);
    const mails = await db.mailOutbox.findMany({ where: { orgId: world.org.id, subject: { contains: "digest" } } });
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(mails.map((mail) => mail.to)).toEqual([manager.email]);
    const text = mails[0]!.text;
    expect(text.indexOf("Revenue is off track")).toBeLessThan(text.indexOf("Already seen"));
    expect(text).toContain(`https://tally.example/${world.org.slug}/kpis/x`);
    // HR had nothing in the window: no mail, but the window counts as answered.
    const hrMembership = await db.membership.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: hr.membershipId } } });
    expect(hrMembership.lastDigestAt).toEqual(nineBerlin);
    // Not due again until 08:00 Berlin the next day.
    expect(await digestSweep(db, new Date("2026-06-11T05:59:00Z"), "https://tally.example")).toBe(0);
  });
});
