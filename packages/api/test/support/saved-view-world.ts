import type { PrismaClient, Role } from "@tally/db";
import { ROLES } from "@tally/domain";
import type { Member } from "./world";

/** One saved KPI list view per member of the world, by role: views belong to their member only. */
export type WorldSavedViews = Record<Role, string>;

export async function createWorldSavedViews(db: PrismaClient, orgId: string, members: Record<Role, Member>): Promise<WorldSavedViews> {
  const ids = await Promise.all(
    ROLES.map(async (role) => {
      const view = await db.savedKpiView.create({
        data: { orgId, membershipId: members[role].membershipId, name: "Off track first", filters: { sort: "status", order: "asc" }, columns: ["status", "deltaPrevious"] },
        select: { id: true },
      });
      return view.id;
    }),
  );
  const views = Object.fromEntries(ROLES.map((role, index) => [role, ids[index]!])) as WorldSavedViews;
  return views;
}
