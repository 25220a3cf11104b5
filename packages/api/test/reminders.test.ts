import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@tally/db";
import { runDueJobs } from "../src/jobs";
import { notificationEmailHandler } from "../src/services/notifications/email-job";
import { NOTIFICATION_EMAIL_JOB } from "../src/services/notifications/email-job-kind";
import { reminderSweep } from "../src/services/reminders/sweep";
import { callerFor, outcomeOf } from "./support/callers";
import { useTwoInstances } from "./support/two-instances";
import { createOrgWorld, type OrgWorld } from "./support/world";

const instances = useTwoInstances();
const database = () => instances().db;

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);
const MAY = "2026-05-01";

/** The reminder notifications about one period of one KPI: who was told at which stage. */
async function told(db: PrismaClient, world: OrgWorld, kpiId: string, period = MAY) {
  const rows = await db.notification.findMany({
    where: { orgId: world.org.id, kpiId, dedupeKey: { startsWith: `reminder:${kpiId}:${period}:` } },
    select: { recipientMembershipId: true, dedupeKey: true },
  });
  return rows.map((row) => `${row.dedupeKey.split(":").at(-1)}→${row.recipientMembershipId}`).sort();
}

/** A world whose HR-owned KPI is in the department the manager leads, with the viewer as a contributor. */
async function remindedWorld(db: PrismaClient, label: string) {
  const world = await createOrgWorld(db, label);
  const kpiId = world.kpis.ownedBy.hr;
  await db.kpiTeam.create({ data: { orgId: world.org.id, kpiId, teamId: world.teams.department.id } });
  await db.kpiContributor.create({ data: { orgId: world.org.id, kpiId, membershipId: world.members.viewer.membershipId } });
  return { world, kpiId };
}

describe("reminders and escalation", () => {
  it("tells the owner and contributors once when a period's value becomes due, even with two sweeps racing", async () => {
    const { db, other } = instances();
    const { world, kpiId } = await remindedWorld(db, "remind-once");
    const { hr, viewer } = world.members;
    const reports = await Promise.all([reminderSweep(db, day("2026-06-01")), reminderSweep(other, day("2026-06-01")), reminderSweep(db, day("2026-06-01"))]);
    expect(await told(db, world, kpiId)).toEqual([`due→${hr.membershipId}`, `due→${viewer.membershipId}`].sort());
    expect(await db.kpiReminder.count({ where: { orgId: world.org.id, kpiId, periodStart: new Date(`${MAY}T00:00:00Z`) } })).toBe(1);
    expect(reports.reduce((sum, report) => sum + report.recorded, 0)).toBeGreaterThan(0);
    // A later sweep, or a restart running it again, tells nobody again.
    await reminderSweep(other, day("2026-06-02"));
    expect(await told(db, world, kpiId)).toHaveLength(2);
  });

  it("escalates day by day: overdue after the grace days, then the team's leads, then admins and executives", async () => {
    const db = database();
    const { world, kpiId } = await remindedWorld(db, "remind-chain");
    const { hr, viewer, manager, admin, executive } = world.members;
    await db.organization.update({ where: { id: world.org.id }, data: { escalateToLeadsAfterDays: 5, escalateToAdminsAfterDays: 10 } });

    await reminderSweep(db, day("2026-05-31"));
    expect(await told(db, world, kpiId)).toEqual([]);
    await reminderSweep(db, day("2026-06-03"));
    expect(await told(db, world, kpiId)).toEqual([`due→${hr.membershipId}`, `due→${viewer.membershipId}`].sort());
    await reminderSweep(db, day("2026-06-04"));
    expect(await told(db, world, kpiId)).toContain(`overdue→${hr.membershipId}`);
    await reminderSweep(db, day("2026-06-08"));
    expect((await told(db, world, kpiId)).filter((entry) => entry.startsWith("escalated"))).toEqual([]);
    await reminderSweep(db, day("2026-06-09"));
    expect((await told(db, world, kpiId)).filter((entry) => entry.startsWith("escalated_to_leads"))).toEqual([`escalated_to_leads→${manager.membershipId}`]);
    await reminderSweep(db, day("2026-06-18"));
    expect((await told(db, world, kpiId)).filter((entry) => entry.startsWith("escalated_to_admins"))).toEqual([]);
    await reminderSweep(db, day("2026-06-19"));
    const seniors = [admin.membershipId, executive.membershipId, world.secondAdmin.membershipId].map((id) => `escalated_to_admins→${id}`).sort();
    expect((await told(db, world, kpiId)).filter((entry) => entry.startsWith("escalated_to_admins"))).toEqual(seniors);

    const history = await callerFor(db, viewer.sessionId).reminder.ofKpi({ orgSlug: world.org.slug, kpiId });
    const may = history.filter((entry) => entry.periodStart === MAY);
    expect(may.map((entry) => entry.stage).sort()).toEqual(["due", "escalated_to_admins", "escalated_to_leads", "overdue"]);
    expect(may.find((entry) => entry.stage === "escalated_to_leads")?.told).toEqual([expect.stringContaining("manager")]);
  });

  it("a first sweep that finds a period already overdue tells the owner once, that it is overdue", async () => {
    const db = database();
    const { world, kpiId } = await remindedWorld(db, "remind-late");
    await reminderSweep(db, day("2026-06-05"));
    expect((await told(db, world, kpiId)).filter((entry) => entry.endsWith(world.members.hr.membershipId))).toEqual([`overdue→${world.members.hr.membershipId}`]);
    expect(await db.kpiReminder.count({ where: { orgId: world.org.id, kpiId, periodStart: new Date(`${MAY}T00:00:00Z`) } })).toBe(2);
  });

  it("stops once the value is recorded, and leaves long-missing periods alone", async () => {
    const db = database();
    const { world, kpiId } = await remindedWorld(db, "remind-stop");
    await reminderSweep(db, day("2026-06-01"));
    await db.checkIn.create({ data: { orgId: world.org.id, kpiId, periodStart: new Date(`${MAY}T00:00:00Z`), value: "90", recordedByMembershipId: world.members.hr.membershipId } });
    await reminderSweep(db, day("2026-06-30"));
    expect(await told(db, world, kpiId)).toEqual([`due→${world.members.hr.membershipId}`, `due→${world.members.viewer.membershipId}`].sort());
    // January 2026 was overdue long before: past the whole chain and its margin, nobody hears about it.
    expect(await told(db, world, kpiId, "2026-01-01")).toEqual([]);
  });

  it("respects each member's preference: off tells nobody, e-mail queues a mail that reaches the outbox", async () => {
    const db = database();
    const { world, kpiId } = await remindedWorld(db, "remind-prefs");
    const { hr, viewer } = world.members;
    await callerFor(db, viewer.sessionId).notification.updatePreferences({ orgSlug: world.org.slug, channels: { value_due: "off" } });
    await callerFor(db, hr.sessionId).notification.updatePreferences({ orgSlug: world.org.slug, channels: { value_due: "email" } });
    await db.job.deleteMany({ where: { kind: NOTIFICATION_EMAIL_JOB } });
    await reminderSweep(db, day("2026-06-01"));
    expect(await told(db, world, kpiId)).toEqual([`due→${hr.membershipId}`]);
    const notification = await db.notification.findFirstOrThrow({ where: { orgId: world.org.id, recipientMembershipId: hr.membershipId, kpiId, kind: "value_due" } });
    const jobs = await db.job.findMany({ where: { kind: NOTIFICATION_EMAIL_JOB, orgId: world.org.id } });
    expect(jobs.map((job) => job.key)).toContain(`notification-email:${notification.id}`);
    await runDueJobs(db, { [NOTIFICATION_EMAIL_JOB]: notificationEmailHandler(db, { appUrl: "https://tally.example" }) }, new Date(), { batchSize: 100 });
    // April's value is overdue by then too (e-mail by default): HR gets that mail as well.
    const mails = await db.mailOutbox.findMany({ where: { to: hr.email, orgId: world.org.id } });
    expect(mails.map((mail) => mail.subject.split(" · ")[0]).sort()).toEqual([
      "Owned by hr: the value for Apr 2026 is overdue",
      "Owned by hr: the value for May 2026 is due",
    ]);
    const mail = mails.find((candidate) => candidate.subject.includes("May 2026"))!;
    expect(mail.text).toContain(`https://tally.example/${world.org.slug}/kpis/${kpiId}`);
  });

  it("takes the organization's escalation days from the settings, refusing what is not 1–365 whole days", async () => {
    const db = database();
    const world = await createOrgWorld(db, "remind-settings");
    const admin = callerFor(db, world.members.admin.sessionId);
    for (const bad of [0, -1, 366, 2.5]) {
      expect(await outcomeOf(admin.organization.updateSettings({ orgSlug: world.org.slug, escalateToLeadsAfterDays: bad }))).toBe("BAD_REQUEST");
    }
    const saved = await admin.organization.updateSettings({ orgSlug: world.org.slug, escalateToLeadsAfterDays: 3, escalateToAdminsAfterDays: 30 });
    expect(saved).toMatchObject({ escalateToLeadsAfterDays: 3, escalateToAdminsAfterDays: 30 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { orgId: world.org.id, action: "organization.settings_updated" }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toEqual({ escalateToLeadsAfterDays: 3, escalateToAdminsAfterDays: 30 });
  });
});
