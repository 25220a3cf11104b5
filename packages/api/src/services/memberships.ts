import type { PrismaClient, Role } from "@tally/db";

export interface ActiveMembership {
  id: string;
  orgId: string;
  role: Role;
  org: { id: string; slug: string; name: string };
}

const LAST_ACTIVE_RESOLUTION_MS = 5 * 60 * 1000;

export async function loadActiveMembership(
  db: PrismaClient,
  userId: string,
  orgSlug: string,
): Promise<ActiveMembership | null> {
  const row = await db.membership.findFirst({
    where: { userId, status: "active", org: { slug: orgSlug } },
    select: {
      id: true,
      orgId: true,
      role: true,
      lastActiveAt: true,
      org: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!row) return null;
  const now = Date.now();
  if (!row.lastActiveAt || now - row.lastActiveAt.getTime() > LAST_ACTIVE_RESOLUTION_MS) {
    await db.membership.updateMany({ where: { orgId: row.orgId, id: row.id }, data: { lastActiveAt: new Date(now) } });
  }
  return { id: row.id, orgId: row.orgId, role: row.role, org: row.org };
}
