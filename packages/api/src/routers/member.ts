import { changeRoleSchema, listMembersSchema, membershipIdSchema } from "@tally/domain";
import { changeRole, deactivateMember, leaveOrganization, listMembers, reactivateMember } from "../services/members";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

export const memberRouter = router({
  list: permissionProcedure("member.list")
    .input(orgInput(listMembersSchema.shape))
    .query(({ ctx, input }) => listMembers(ctx.db, ctx.actor, input)),

  changeRole: permissionProcedure("member.update")
    .input(orgInput(changeRoleSchema.shape))
    .mutation(({ ctx, input }) => changeRole(ctx.db, ctx.actor, input.membershipId, input.role)),

  deactivate: permissionProcedure("member.update")
    .input(orgInput(membershipIdSchema.shape))
    .mutation(({ ctx, input }) => deactivateMember(ctx.db, ctx.actor, input.membershipId)),

  reactivate: permissionProcedure("member.update")
    .input(orgInput(membershipIdSchema.shape))
    .mutation(({ ctx, input }) => reactivateMember(ctx.db, ctx.actor, input.membershipId)),

  leave: permissionProcedure("member.leave")
    .input(orgInput({}))
    .mutation(({ ctx }) => leaveOrganization(ctx.db, ctx.actor)),
});
