import { changeRoleSchema, listMembersSchema, membershipIdSchema } from "@tally/domain";
import { changeRole, deactivateMember, leaveOrganization, listMembers, reactivateMember } from "../services/members";
import { actorOf } from "../trpc/actor";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

export const memberRouter = router({
  list: permissionProcedure("member.list")
    .input(orgInput(listMembersSchema.shape))
    .query(({ ctx, input }) => listMembers(ctx.db, ctx.orgId, input)),

  changeRole: permissionProcedure("member.update")
    .input(orgInput(changeRoleSchema.shape))
    .mutation(({ ctx, input }) => changeRole(ctx.db, actorOf(ctx), input.membershipId, input.role)),

  deactivate: permissionProcedure("member.update")
    .input(orgInput(membershipIdSchema.shape))
    .mutation(({ ctx, input }) => deactivateMember(ctx.db, actorOf(ctx), input.membershipId)),

  reactivate: permissionProcedure("member.update")
    .input(orgInput(membershipIdSchema.shape))
    .mutation(({ ctx, input }) => reactivateMember(ctx.db, actorOf(ctx), input.membershipId)),

  leave: permissionProcedure("member.leave")
    .input(orgInput({}))
    .mutation(({ ctx }) => leaveOrganization(ctx.db, actorOf(ctx))),
});
