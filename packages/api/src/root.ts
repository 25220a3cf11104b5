import { accountRouter } from "./routers/account";
import { actionRouter } from "./routers/action";
import { apiKeyRouter } from "./routers/api-key";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { checkInRouter } from "./routers/check-in";
import { briefingRouter } from "./routers/briefing";
import { dashboardRouter } from "./routers/dashboard";
import { invitationRouter } from "./routers/invitation";
import { kpiRouter } from "./routers/kpi";
import { memberRouter } from "./routers/member";
import { notificationRouter } from "./routers/notification";
import { objectiveRouter } from "./routers/objective";
import { organizationRouter } from "./routers/organization";
import { reminderRouter } from "./routers/reminder";
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
  briefing: briefingRouter,
  dashboard: dashboardRouter,
  checkIn: checkInRouter,
  objective: objectiveRouter,
  team: teamRouter,
  apiKey: apiKeyRouter,
  webhook: webhookRouter,
  savedView: savedViewRouter,
  notification: notificationRouter,
  reminder: reminderRouter,
  action: actionRouter,
  review: reviewRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
