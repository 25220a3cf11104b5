import { z } from "zod";
import { requestPasswordResetSchema, resetPasswordSchema, signUpSchema, slugSchema } from "@tally/domain";
import { signUp } from "../services/accounts";
import { isSlugFree } from "../services/organizations";
import { passwordResetLinkState, requestPasswordReset, resetPassword } from "../services/passwords";
import { publicProcedure, router } from "../trpc/procedures";

export const authRouter = router({
  signUp: publicProcedure.input(signUpSchema).mutation(({ ctx, input }) => signUp(ctx.db, input, ctx.ip)),

  /** Lets the sign-up form say whether an address is free before it is submitted. */
  slugAvailability: publicProcedure
    .input(z.strictObject({ slug: z.string().max(200) }))
    .query(async ({ ctx, input }) => {
      const parsed = slugSchema.safeParse(input.slug);
      if (!parsed.success) return { available: false, reason: parsed.error.issues[0]?.message ?? "Invalid address." };
      const available = await isSlugFree(ctx.db, parsed.data);
      return { available, reason: available ? null : "This address is already taken. Try another one." };
    }),

  /** Always answers the same, whether or not the address has an account. */
  requestPasswordReset: publicProcedure.input(requestPasswordResetSchema).mutation(async ({ ctx, input }) => {
    await requestPasswordReset(ctx.db, input.email, ctx.ip, ctx.baseUrl);
    return { sent: true };
  }),

  passwordResetLink: publicProcedure
    .input(z.strictObject({ token: z.string().max(200) }))
    .query(async ({ ctx, input }) => ({ state: await passwordResetLinkState(ctx.db, input.token) })),

  resetPassword: publicProcedure.input(resetPasswordSchema).mutation(({ ctx, input }) => resetPassword(ctx.db, input, { ip: ctx.ip, userAgent: ctx.userAgent })),
});
