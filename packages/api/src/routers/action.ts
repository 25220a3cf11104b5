import { actionIdShape, actionOwnerOptionsShape, createActionShape, listActionsShape, setActionStatusShape, updateActionShape } from "@tally/domain";
import { actionFormOptions } from "../services/actions/form-options";
import { getAction, listActions } from "../services/actions/list";
import { createAction, setActionStatus, updateAction } from "../services/actions/write";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

/** Corrective actions: tasks with an owner and a due date, linked to the KPIs they should bring back on track. */
export const actionRouter = router({
  list: permissionProcedure("action.view")
    .input(orgInput(listActionsShape))
    .query(({ ctx, input }) =>
      listActions(ctx.db, ctx.actor, { mine: input.mine, kpiId: input.kpiId, reviewId: input.reviewId, status: input.status, page: input.page }),
    ),

  get: permissionProcedure("action.view")
    .input(orgInput(actionIdShape))
    .query(({ ctx, input }) => getAction(ctx.db, ctx.actor, input.actionId)),

  formOptions: permissionProcedure("action.manage")
    .input(orgInput(actionOwnerOptionsShape))
    .query(({ ctx, input }) => actionFormOptions(ctx.db, ctx.actor, input.kpiIds)),

  create: permissionProcedure("action.manage")
    .input(orgInput(createActionShape))
    .mutation(({ ctx, input }) =>
      createAction(ctx.db, ctx.actor, {
        title: input.title,
        description: input.description,
        ownerMembershipId: input.ownerMembershipId,
        dueDate: input.dueDate,
        kpiIds: input.kpiIds,
        reviewId: input.reviewId,
      }),
    ),

  update: permissionProcedure("action.manage")
    .input(orgInput(updateActionShape))
    .mutation(({ ctx, input }) =>
      updateAction(ctx.db, ctx.actor, {
        actionId: input.actionId,
        title: input.title,
        description: input.description,
        ownerMembershipId: input.ownerMembershipId,
        dueDate: input.dueDate,
        kpiIds: input.kpiIds,
      }),
    ),

  setStatus: permissionProcedure("action.updateStatus")
    .input(orgInput(setActionStatusShape))
    .mutation(({ ctx, input }) => setActionStatus(ctx.db, ctx.actor, { actionId: input.actionId, status: input.status })),
});
