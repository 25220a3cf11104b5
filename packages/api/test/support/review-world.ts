import type { PrismaClient, Role } from "@tally/db";
import { ROLES } from "@tally/domain";
import type { WorldKpis } from "./kpi-world";
import type { Member } from "./world";

export interface WorldReviewsAndActions {
  /**
   * One open review per role, over that role's own KPI, started by that role's member (the viewer's by the admin,
   * since viewers cannot start reviews). Every member of the world, the second admin included, takes part.
   */
  reviews: Record<Role, string>;
  /** One open action per role, owned by that role's member, linked to that role's own KPI, created by the admin. */
  actions: Record<Role, string>;
  /** One unread notification per role's member, about that role's own KPI. */
  notifications: Record<Role, string>;
}

export const WORLD_REVIEW_PERIOD = { start: "2025-01-01", end: "2025-03-31" } as const;

export async function createWorldReviewsAndActions(
  db: PrismaClient,
  orgId: string,
  members: Record<Role, Member>,
  everyone: readonly Member[],
  kpis: WorldKpis,
): Promise<WorldReviewsAndActions> {
  const reviews = {} as Record<Role, string>;
  const actions = {} as Record<Role, string>;
  const notifications = {} as Record<Role, string>;
  const perRole = async (role: Role) => {
    const kpiId = kpis.ownedBy[role];
    const starter = role === "viewer" ? members.admin : members[role];
    const reviewCreated = db.review.create({
      data: {
        orgId,
        title: `Q1 review of ${role}`,
        scope: "kpis",
        scopeLabel: "Chosen KPIs",
        periodStart: new Date(`${WORLD_REVIEW_PERIOD.start}T00:00:00Z`),
        periodEnd: new Date(`${WORLD_REVIEW_PERIOD.end}T00:00:00Z`),
        createdByMembershipId: starter.membershipId,
        participants: { createMany: { data: everyone.map((member) => ({ membershipId: member.membershipId })) } },
        items: { createMany: { data: [{ kpiId, position: 0 }] } },
      },
      select: { id: true },
    });
    const actionCreated = db.action.create({
      data: {
        orgId,
        title: `Recover ${role}'s KPI`,
        ownerMembershipId: members[role].membershipId,
        dueDate: new Date("2025-04-30T00:00:00Z"),
        createdByMembershipId: members.admin.membershipId,
        kpis: { createMany: { data: [{ kpiId }] } },
      },
      select: { id: true },
    });
    const notificationCreated = db.notification.create({
      data: {
        orgId,
        recipientMembershipId: members[role].membershipId,
        kind: "value_due",
        title: "A value is due",
        link: `/kpis/${kpiId}`,
        kpiId,
        dedupeKey: `world:${role}`,
      },
      select: { id: true },
    });
    const [review, action, notification] = await Promise.all([reviewCreated, actionCreated, notificationCreated]);
    reviews[role] = review.id;
    actions[role] = action.id;
    notifications[role] = notification.id;
  };
  await Promise.all(ROLES.map(perRole));
  return { reviews, actions, notifications };
}
