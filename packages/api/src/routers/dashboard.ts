import { asOfShape } from "@tally/domain";
import { myKpis } from "../services/analysis/my-kpis";
import { organizationDashboard } from "../services/analysis/dashboard";
import { resolveAsOf } from "../services/as-of/as-of-day";
import { organizationDashboardAsOf } from "../services/as-of/dashboard-as-of";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

export const dashboardRouter = router({
  /**
   * The organization overview over the KPIs the member may see: status counts and history, matrix, objectives,
   * attention, recent values. With `asOf`, as it stood at the end of that day in the organization's zone.
   */
  overview: permissionProcedure("kpi.view")
    .input(orgInput(asOfShape))
    .query(async ({ ctx, input }) =>
      input.asOf ? organizationDashboardAsOf(ctx.db, ctx.actor, await resolveAsOf(ctx.db, ctx.actor, input.asOf)) : organizationDashboard(ctx.db, ctx.actor),
    ),

  /** The KPIs the member owns or contributes to: what is due, overdue and changed status, with their trends. */
  mine: permissionProcedure("kpi.view")
    .input(orgInput({}))
    .query(({ ctx }) => myKpis(ctx.db, ctx.actor)),
});
