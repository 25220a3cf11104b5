import { accountRouter } from "./routers/account";
import { apiKeyRouter } from "./routers/api-key";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { checkInRouter } from "./routers/check-in";
import { dashboardRouter } from "./routers/dashboard";
import { invitationRouter } from "./routers/invitation";
import { kpiRouter } from "./routers/kpi";
import { memberRouter } from "./routers/member";
import { objectiveRouter } from "./routers/objective";
import { organizationRouter } from "./routers/organization";
import { savedViewRouter } from "./routers/saved-view";
import { teamRouter } from "./routers/team";
import { reviewRouter } from "./routers/review";
import { webhookRouter } from "./routers/webhook";
import { createCallerFactory, router } from "./trpc/procedures";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  organization: organizationRouter,
  invitation: invitationRouter,
  member: memberRouter,
  audit: auditRouter,
  kpi: kpiRouter,
  dashboard: dashboardRouter,
  checkIn: checkInRouter,
  objective: objectiveRouter,
  team: teamRouter,
  apiKey: apiKeyRouter,
  webhook: webhookRouter,
  savedView: savedViewRouter,
  review: reviewRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
