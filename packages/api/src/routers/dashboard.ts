import { myKpis } from "../services/analysis/my-kpis";
import { organizationDashboard } from "../services/analysis/dashboard";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

export const dashboardRouter = router({
  /** The organization overview over the KPIs the member may see: status counts and history, matrix, objectives, attention, recent values. */
  overview: permissionProcedure("kpi.view")
    .input(orgInput({}))
    .query(({ ctx }) => organizationDashboard(ctx.db, ctx.actor)),

  /** The KPIs the member owns or contributes to: what is due, overdue and changed status, with their trends. */
  mine: permissionProcedure("kpi.view")
    .input(orgInput({}))
    .query(({ ctx }) => myKpis(ctx.db, ctx.actor)),
});
