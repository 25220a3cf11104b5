import { recordCheckInShape, recordCheckInsShape } from "@tally/domain";
import { recordCheckIns } from "../services/kpi/check-ins";
import { listDue } from "../services/kpi/due";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

export const checkInRouter = router({
  record: permissionProcedure("checkin.record")
    .input(orgInput(recordCheckInShape))
    .mutation(({ ctx, input }) =>
      recordCheckIns(ctx.db, ctx.actor, [{ kpiId: input.kpiId, date: input.date, value: input.value, comment: input.comment }]),
    ),

  /** Several values in one go, all or none, as the Due page sends them. */
  recordMany: permissionProcedure("checkin.record")
    .input(orgInput(recordCheckInsShape))
    .mutation(({ ctx, input }) => recordCheckIns(ctx.db, ctx.actor, input.entries)),

  due: permissionProcedure("checkin.record")
    .input(orgInput({}))
    .query(({ ctx }) => listDue(ctx.db, ctx.actor)),
});
