import { changePasswordSchema, updatePreferencesSchema, updateProfileSchema } from "@tally/domain";
import { loadPreferences, updatePreferences, updateProfile } from "../services/profile";
import { changePassword } from "../services/passwords";
import { securityLog } from "../services/sign-in-audit";
import { authedProcedure, router } from "../trpc/procedures";

export const accountRouter = router({
  me: authedProcedure.query(({ ctx }) => ({ id: ctx.user.id, email: ctx.user.email, name: ctx.user.name })),

  /** The caller's theme (system, light, dark) and own number and date format, or null to follow each organization. */
  preferences: authedProcedure.query(({ ctx }) => loadPreferences(ctx.db, ctx.user.id)),

  updatePreferences: authedProcedure.input(updatePreferencesSchema).mutation(({ ctx, input }) => updatePreferences(ctx.db, ctx.user.id, input)),

  updateProfile: authedProcedure.input(updateProfileSchema).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),

  changePassword: authedProcedure
    .input(changePasswordSchema)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user, ctx.session.id, input, { ip: ctx.ip, userAgent: ctx.userAgent })),

  /** The caller's own sign-ins and password changes, newest first. */
  securityLog: authedProcedure.query(({ ctx }) => securityLog(ctx.db, ctx.user.id)),
});
