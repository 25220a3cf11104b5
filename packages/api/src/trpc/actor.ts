import type { SessionUser } from "../auth/sessions";
import type { OrgActor } from "../services/actor";
import type { ActiveMembership } from "../services/memberships";

export function actorOf(ctx: { user: SessionUser; membership: ActiveMembership }): OrgActor {
  return {
    orgId: ctx.membership.orgId,
    userId: ctx.user.id,
    userName: ctx.user.name,
    membershipId: ctx.membership.id,
    role: ctx.membership.role,
  };
}
