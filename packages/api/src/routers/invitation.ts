import { acceptAsNewUserSchema, invitationIdSchema, invitationTokenSchema, inviteMembersSchema } from "@tally/domain";
import { acceptAsNewUser, acceptInvitation, previewInvitation } from "../services/invitation-acceptance";
import { inviteMembers, listInvitations, resendInvitation, revokeInvitation } from "../services/invitations";
import { authedProcedure, orgInput, permissionProcedure, publicProcedure, router } from "../trpc/procedures";

export const invitationRouter = router({
  create: permissionProcedure("member.invite")
    .input(orgInput(inviteMembersSchema.shape))
    .mutation(({ ctx, input }) => inviteMembers(ctx.db, ctx.actor, { invitations: input.invitations }, ctx.baseUrl)),

  list: permissionProcedure("member.invite")
    .input(orgInput({}))
    .query(({ ctx }) => listInvitations(ctx.db, ctx.actor)),

  resend: permissionProcedure("member.invite")
    .input(orgInput(invitationIdSchema.shape))
    .mutation(({ ctx, input }) => resendInvitation(ctx.db, ctx.actor, input.invitationId, ctx.baseUrl)),

  revoke: permissionProcedure("member.invite")
    .input(orgInput(invitationIdSchema.shape))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.actor, input.invitationId)),

  /** What a link leads to. The token is the credential, so this needs no session and changes nothing. */
  preview: publicProcedure.input(invitationTokenSchema).query(({ ctx, input }) => previewInvitation(ctx.db, input.token)),

  accept: authedProcedure
    .input(invitationTokenSchema)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, { id: ctx.user.id, email: ctx.user.email }, input.token)),

  acceptAsNewUser: publicProcedure.input(acceptAsNewUserSchema).mutation(({ ctx, input }) => acceptAsNewUser(ctx.db, input)),
});
