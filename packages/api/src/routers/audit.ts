import { listAuditEventsSchema } from "@tally/domain";
import { listAuditActors, listAuditEvents } from "../services/audit-log";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

const listInput = orgInput({}).extend(listAuditEventsSchema.shape).superRefine((input, context) => {
  if (input.from && input.to && input.from > input.to) {
    context.addIssue({ code: "custom", path: ["to"], message: "The end date must not be before the start date." });
  }
});

export const auditRouter = router({
  list: permissionProcedure("audit.view")
    .input(listInput)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.actor, input)),

  actors: permissionProcedure("audit.view")
    .input(orgInput({}))
    .query(({ ctx }) => listAuditActors(ctx.db, ctx.actor)),
});
