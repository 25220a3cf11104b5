import { hash } from "@node-rs/argon2";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "./generated/prisma/client";
import type { Role, TeamKind } from "./generated/prisma/enums";
import { seedActions } from "./seed-actions";
import { seedReviews } from "./seed-reviews";
import { seedKpis } from "./seed-kpis";

export { DEMO_KPI_INTENTS } from "./seed-kpis";

export const DEMO_PASSWORD = "tally-demo-2026";
export const DEMO_ORGANIZATION = { name: "Acme Demo", slug: "acme" } as const;
/** The demo reports in euros from Berlin, in US English number and date formats. */
export const DEMO_ORGANIZATION_SETTINGS = { currency: "EUR", locale: "en-US", timeZone: "Europe/Berlin" } as const;

export type DemoLogin = { email: string; name: string; role: Role; password: string };

/** One sign-in per role, printed by `pnpm db:seed` and used by the end-to-end tests. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { email: "admin@acme.test", name: "Ada Admin", role: "admin", password: DEMO_PASSWORD },
  { email: "executive@acme.test", name: "Evelyn Executive", role: "executive", password: DEMO_PASSWORD },
  { email: "manager@acme.test", name: "Marco Manager", role: "manager", password: DEMO_PASSWORD },
  { email: "hr@acme.test", name: "Hannah Hr", role: "hr", password: DEMO_PASSWORD },
  { email: "lead@acme.test", name: "Leo Lead", role: "project_lead", password: DEMO_PASSWORD },
  { email: "viewer@acme.test", name: "Vera Viewer", role: "viewer", password: DEMO_PASSWORD },
];

type DemoTeam = { name: string; kind: TeamKind; leads: string[]; members: string[] };

const DEMO_TEAMS: readonly DemoTeam[] = [
  { name: "Sales", kind: "department", leads: ["manager@acme.test"], members: ["viewer@acme.test"] },
  { name: "People", kind: "department", leads: ["hr@acme.test"], members: [] },
  { name: "Website relaunch", kind: "project", leads: ["lead@acme.test"], members: ["viewer@acme.test"] },
  { name: "Operations", kind: "department", leads: ["manager@acme.test"], members: [] },
  { name: "Customer success", kind: "department", leads: [], members: ["manager@acme.test"] },
];

/** The advisory lock key, a fixed number of our own, that serialises seeds of one database. */
const SEED_LOCK_KEY = 7_461_686_508;

export type SeedResult = { orgId: string; slug: string };

/**
 * Creates the demo organization, its users, memberships and teams where they are missing. Rows
 * that already exist are left as they are (a changed password or role survives a re-run), so the
 * seed can run on every start.
 */
export async function seedDemo(prisma: PrismaClient): Promise<SeedResult> {
  // Hashed before the transaction: argon2 is deliberately slow and would hold it open.
  const users = await Promise.all(
    DEMO_LOGINS.map(async (login) => ({ ...login, passwordHash: await hash(login.password) })),
  );

  return prisma.$transaction(async (tx) => {
    // Two servers started together each seed on start: the second waits here until the first has committed,
    // then finds every row in place instead of failing on a duplicate.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
    const org = await tx.organization.upsert({
      where: { slug: DEMO_ORGANIZATION.slug },
      // Created a month ago, as its audit trail says: its history can be shown as of any day since.
      create: { ...DEMO_ORGANIZATION, ...DEMO_ORGANIZATION_SETTINGS, createdAt: new Date(Date.now() - 30 * DAY_MS) },
      update: {},
    });
    const orgId = org.id;

    const membershipIds = new Map<string, string>();
    for (const login of users) {
      const user = await tx.user.upsert({
        where: { email: login.email },
        create: { email: login.email, name: login.name, passwordHash: login.passwordHash },
        update: {},
      });
      const membership = await tx.membership.upsert({
        where: { orgId_userId: { orgId, userId: user.id } },
        create: { orgId, userId: user.id, role: login.role },
        update: {},
      });
      membershipIds.set(login.email, membership.id);
    }

    for (const demoTeam of DEMO_TEAMS) {
      const team = await tx.team.upsert({
        where: { orgId_name: { orgId, name: demoTeam.name } },
        create: { orgId, name: demoTeam.name, kind: demoTeam.kind },
        update: {},
      });
      const people = [
        ...demoTeam.leads.map((email) => ({ email, isLead: true })),
        ...demoTeam.members.map((email) => ({ email, isLead: false })),
      ];
      for (const { email, isLead } of people) {
        const membershipId = membershipIds.get(email);
        if (!membershipId) throw new Error(`Demo team ${demoTeam.name} names unknown user ${email}`);
        await tx.teamMembership.upsert({
          where: { orgId_teamId_membershipId: { orgId, teamId: team.id, membershipId } },
          create: { orgId, teamId: team.id, membershipId, isLead },
          update: {},
        });
      }
    }
    await seedInvitationsAndHistory(tx, orgId, membershipIds);
    // Periods follow the organization's calendar, so the seed counts them from its date, not UTC's.
    const today = calendarDateIn(org.timeZone, new Date());
    await seedKpis(tx, orgId, membershipIds, today);
    await seedActions(tx, orgId, membershipIds, today);
    await seedReviews(tx, orgId, membershipIds, today);
    return { orgId, slug: org.slug };
    // Hundreds of rows in one transaction: more than Prisma's five-second default on the embedded database.
  }, { timeout: 120_000, maxWait: 30_000 });
}

const DEMO_INVITATIONS: readonly { email: string; role: Role; daysOld: number }[] = [
  { email: "new.analyst@acme.test", role: "viewer", daysOld: 1 },
  { email: "finance.lead@acme.test", role: "manager", daysOld: 3 },
  { email: "old.invite@acme.test", role: "executive", daysOld: 9 },
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of the calendar date that `now` falls on in `timeZone`. */
export function calendarDateIn(timeZone: string, now: Date): Date {
  const parts = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", { timeZone, year: "numeric", month: "numeric", day: "numeric" }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(part("year"), part("month") - 1, part("day")));
}

/**
 * Pending invitations (one of them expired) and a short history in the audit log, so the members and audit
 * pages have something to show. The invitation links were never mailed; an admin resends one to get a link.
 */
async function seedInvitationsAndHistory(tx: Prisma.TransactionClient, orgId: string, membershipIds: Map<string, string>) {
  if ((await tx.auditEvent.count({ where: { orgId } })) > 0) return;
  const admin = await tx.user.findUniqueOrThrow({ where: { email: "admin@acme.test" }, select: { id: true } });
  const now = Date.now();
  for (const invitation of DEMO_INVITATIONS) {
    const createdAt = new Date(now - invitation.daysOld * DAY_MS);
    const row = await tx.invitation.create({
      data: {
        orgId,
        email: invitation.email,
        pendingEmail: invitation.email,
        role: invitation.role,
        tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        invitedByUserId: admin.id,
        createdAt,
        // Mailed when created, so an admin may resend it straight away.
        lastSentAt: createdAt,
        expiresAt: new Date(createdAt.getTime() + 7 * DAY_MS),
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        orgId,
        actorUserId: admin.id,
        action: "invitation.created",
        targetType: "invitation",
        targetId: row.id,
        after: { email: invitation.email, role: invitation.role },
        createdAt,
      },
    });
  }
  const history = [
    { action: "organization.created", targetType: "organization", targetId: orgId, after: { name: DEMO_ORGANIZATION.name }, daysAgo: 30 },
    { action: "team.created", targetType: "team", targetId: null, after: { name: "Sales", kind: "department" }, daysAgo: 29 },
    {
      action: "member.role_changed",
      targetType: "membership",
      targetId: membershipIds.get("manager@acme.test") ?? null,
      before: { role: "viewer", email: "manager@acme.test" },
      after: { role: "manager", email: "manager@acme.test" },
      daysAgo: 20,
    },
    { action: "organization.settings_updated", targetType: "organization", targetId: orgId, before: { name: "Acme" }, after: { name: DEMO_ORGANIZATION.name }, daysAgo: 12 },
  ];
  await tx.auditEvent.createMany({
    data: history.map(({ daysAgo, ...event }) => ({ orgId, actorUserId: admin.id, ...event, createdAt: new Date(now - daysAgo * DAY_MS) })),
  });
}

/** Whether any organization exists, for seeding only an empty database. */
export async function hasOrganizations(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.organization.count()) > 0;
}
