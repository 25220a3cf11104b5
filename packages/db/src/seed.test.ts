import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDateIn, DEMO_LOGINS, DEMO_PASSWORD, hasOrganizations, seedDemo } from "./seed";
import { createTestDatabase, type TestDatabase } from "./testing";

describe("seedDemo", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  const counts = async () => {
    const { prisma } = database;
    return {
      organizations: await prisma.organization.count(),
      users: await prisma.user.count(),
      memberships: await prisma.membership.count(),
      teams: await prisma.team.count(),
      teamMemberships: await prisma.teamMembership.count(),
      invitations: await prisma.invitation.count(),
      auditEvents: await prisma.auditEvent.count(),
      kpis: await prisma.kpi.count(),
      reviews: await prisma.review.count(),
    };
  };

  it("creates the demo organization once, however often it runs", async () => {
    const { prisma } = database;
    expect(await hasOrganizations(prisma)).toBe(false);
    const first = await seedDemo(prisma);
    const afterFirst = await counts();
    expect(afterFirst).toEqual({ organizations: 1, users: 6, memberships: 6, teams: 5, teamMemberships: 7, invitations: 3, auditEvents: 7, kpis: 26, reviews: 2 });

    const second = await seedDemo(prisma);
    expect(second).toEqual(first);
    expect(await counts()).toEqual(afterFirst);
    expect(await hasOrganizations(prisma)).toBe(true);
  });

  it("gives every role a login with the demo password, hashed with Argon2id", async () => {
    const { prisma } = database;
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "acme" } });
    expect(org).toMatchObject({ name: "Acme Demo", currency: "EUR", locale: "en-US", timeZone: "Europe/Berlin" });
    for (const login of DEMO_LOGINS) {
      const user = await prisma.user.findUniqueOrThrow({
        where: { email: login.email },
        include: { memberships: true },
      });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(user.memberships).toEqual([expect.objectContaining({ orgId: org.id, role: login.role, status: "active" })]);
    }
    expect(new Set(DEMO_LOGINS.map((login) => login.role)).size).toBe(6);
  });

  it("builds the teams with their leads and members inside the organization", async () => {
    const { prisma } = database;
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "acme" } });
    const teams = await prisma.team.findMany({
      where: { orgId: org.id },
      orderBy: { name: "asc" },
      include: { members: { include: { membership: { include: { user: true } } } } },
    });
    const summary = teams.map((team) => ({
      name: team.name,
      kind: team.kind,
      orgId: team.orgId,
      people: team.members
        .map((member) => `${member.membership.user.email}${member.isLead ? " (lead)" : ""}`)
        .sort(),
    }));
    expect(summary).toEqual([
      { name: "Customer success", kind: "department", orgId: org.id, people: ["manager@acme.test"] },
      { name: "Operations", kind: "department", orgId: org.id, people: ["manager@acme.test (lead)"] },
      { name: "People", kind: "department", orgId: org.id, people: ["hr@acme.test (lead)"] },
      { name: "Sales", kind: "department", orgId: org.id, people: ["manager@acme.test (lead)", "viewer@acme.test"] },
      { name: "Website relaunch", kind: "project", orgId: org.id, people: ["lead@acme.test (lead)", "viewer@acme.test"] },
    ]);
    expect(await prisma.teamMembership.count({ where: { NOT: { orgId: org.id } } })).toBe(0);
  });

  it("leaves pending invitations, one of them expired, and a short audit history", async () => {
    const { prisma } = database;
    await seedDemo(prisma);
    const invitations = await prisma.invitation.findMany({ where: { status: "pending" }, orderBy: { createdAt: "asc" } });
    expect(invitations.map((i) => i.expiresAt < new Date())).toEqual([true, false, false]);
    expect(invitations.every((i) => /^[0-9a-f]{64}$/.test(i.tokenHash) && i.pendingEmail === i.email)).toBe(true);
    const actions = (await prisma.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions[0]).toBe("organization.created");
    expect(actions).toContain("member.role_changed");
  });
});

describe("seedDemo on two servers starting at once", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it("creates the demo organization once when two seeds run together", async () => {
    const { prisma } = database;
    const [first, second] = await Promise.all([seedDemo(prisma), seedDemo(prisma)]);
    expect(second).toEqual(first);
    expect({ organizations: await prisma.organization.count(), users: await prisma.user.count(), kpis: await prisma.kpi.count(), reviews: await prisma.review.count() }).toEqual({
      organizations: 1,
      users: 6,
      kpis: 26,
      reviews: 2,
    });
  });
});

describe("calendarDateIn", () => {
  it("counts the demo's periods from Berlin's date, which turns before UTC's", () => {
    expect(calendarDateIn("Europe/Berlin", new Date("2026-03-31T22:30:00Z")).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(calendarDateIn("UTC", new Date("2026-03-31T22:30:00Z")).toISOString()).toBe("2026-03-31T00:00:00.000Z");
  });
});
