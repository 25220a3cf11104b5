import { accountRouter } from "./routers/account";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { invitationRouter } from "./routers/invitation";
import { memberRouter } from "./routers/member";
import { organizationRouter } from "./routers/organization";
import { teamRouter } from "./routers/team";
import { createCallerFactory, router } from "./trpc/procedures";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  organization: organizationRouter,
  invitation: invitationRouter,
  member: memberRouter,
  audit: auditRouter,
  team: teamRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
