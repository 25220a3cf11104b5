import { z } from "zod";
import { signUpSchema, slugSchema } from "@tally/domain";
import { signUp } from "../services/accounts";
import { isSlugFree } from "../services/organizations";
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
});
