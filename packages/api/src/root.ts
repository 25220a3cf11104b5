import { accountRouter } from "./routers/account";
import { authRouter } from "./routers/auth";
import { organizationRouter } from "./routers/organization";
import { createCallerFactory, router } from "./trpc/procedures";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  organization: organizationRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
