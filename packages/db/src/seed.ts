import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "./generated/prisma/client";
import type { Role, TeamKind } from "./generated/prisma/enums";

export const DEMO_PASSWORD = "tally-demo-2026";
export const DEMO_ORGANIZATION = { name: "Acme Demo", slug: "acme" } as const;

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
  { name: "Website relaunch", kind: "project", leads: ["lead@acme.test"], members: [] },
];

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
    const org = await tx.organization.upsert({
      where: { slug: DEMO_ORGANIZATION.slug },
      create: DEMO_ORGANIZATION,
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
    return { orgId, slug: org.slug };
  });
}

/** Whether any organization exists, for seeding only an empty database. */
export async function hasOrganizations(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.organization.count()) > 0;
}
