import type { PrismaClient, Role } from "@tally/db";
import { ROLES } from "@tally/domain";
import type { Member } from "./world";

/** One saved KPI list view per member of the world, by role: views belong to their member only. */
export type WorldSavedViews = Record<Role, string>;

export async function createWorldSavedViews(db: PrismaClient, orgId: string, members: Record<Role, Member>): Promise<WorldSavedViews> {
  const views = {} as WorldSavedViews;
  for (const role of ROLES) {
    const view = await db.savedKpiView.create({
      data: { orgId, membershipId: members[role].membershipId, name: "Off track first", filters: { sort: "status", order: "asc" }, columns: ["status", "deltaPrevious"] },
      select: { id: true },
    });
    views[role] = view.id;
  }
  return views;
}
