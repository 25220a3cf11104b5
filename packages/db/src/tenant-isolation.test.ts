import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "./generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "./testing";

// The schema itself, not the services, must make a cross-organization reference impossible.
describe("composite foreign keys", () => {
  let database: TestDatabase;
  let orgA: string;
  let orgB: string;
  let membershipA: string;
  let teamA: string;
  let teamB: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { prisma } = database;
    const user = await prisma.user.create({ data: { email: "someone@example.test", name: "Someone", passwordHash: "x" } });
    orgA = (await prisma.organization.create({ data: { name: "A", slug: "org-a" } })).id;
    orgB = (await prisma.organization.create({ data: { name: "B", slug: "org-b" } })).id;
    membershipA = (await prisma.membership.create({ data: { orgId: orgA, userId: user.id, role: "manager" } })).id;
    await prisma.membership.create({ data: { orgId: orgB, userId: user.id, role: "viewer" } });
    teamA = (await prisma.team.create({ data: { orgId: orgA, name: "Sales", kind: "department" } })).id;
    teamB = (await prisma.team.create({ data: { orgId: orgB, name: "Sales", kind: "department" } })).id;
  });
  afterAll(() => database?.drop());

  const expectForeignKeyViolation = async (attempt: Promise<unknown>) => {
    const error = await attempt.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2003");
  };

  it("accepts a team membership within one organization", async () => {
    await expect(
      database.prisma.teamMembership.create({ data: { orgId: orgA, teamId: teamA, membershipId: membershipA } }),
    ).resolves.toMatchObject({ orgId: orgA });
  });

  it("refuses a membership of organization A in a team of organization B", async () => {
    await expectForeignKeyViolation(
      database.prisma.teamMembership.create({ data: { orgId: orgA, teamId: teamB, membershipId: membershipA } }),
    );
  });

  it("refuses the same link when it claims to belong to organization B", async () => {
    await expectForeignKeyViolation(
      database.prisma.teamMembership.create({ data: { orgId: orgB, teamId: teamB, membershipId: membershipA } }),
    );
  });

  it("refuses moving an existing team membership to another organization's team", async () => {
    await expectForeignKeyViolation(
      database.prisma.teamMembership.update({
        where: { orgId_teamId_membershipId: { orgId: orgA, teamId: teamA, membershipId: membershipA } },
        data: { teamId: teamB },
      }),
    );
  });
});
