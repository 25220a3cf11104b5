import { idSchemaWith } from "@tally/domain";
import { sentReminders } from "../services/reminders/history";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

/** The reminders sent about a KPI's missing values. */
export const reminderRouter = router({
  ofKpi: permissionProcedure("kpi.view")
    .input(orgInput({ kpiId: idSchemaWith("Choose a KPI.") }))
    .query(({ ctx, input }) => sentReminders(ctx.db, ctx.actor, input.kpiId)),
});
