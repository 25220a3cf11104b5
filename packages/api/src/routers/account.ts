import { changePasswordSchema, updateProfileSchema } from "@tally/domain";
import { updateProfile } from "../services/profile";
import { changePassword } from "../services/passwords";
import { securityLog } from "../services/sign-in-audit";
import { authedProcedure, router } from "../trpc/procedures";

export const accountRouter = router({
  me: authedProcedure.query(({ ctx }) => ({ id: ctx.user.id, email: ctx.user.email, name: ctx.user.name })),

  updateProfile: authedProcedure.input(updateProfileSchema).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),

  changePassword: authedProcedure
    .input(changePasswordSchema)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user, ctx.session.id, input, { ip: ctx.ip, userAgent: ctx.userAgent })),

  /** The caller's own sign-ins and password changes, newest first. */
  securityLog: authedProcedure.query(({ ctx }) => securityLog(ctx.db, ctx.user.id)),
});
