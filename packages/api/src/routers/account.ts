import { authedProcedure, router } from "../trpc/procedures";

export const accountRouter = router({
  me: authedProcedure.query(({ ctx }) => ({ id: ctx.user.id, email: ctx.user.email, name: ctx.user.name })),
});
