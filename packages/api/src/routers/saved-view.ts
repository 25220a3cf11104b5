import { createSavedViewShape, savedViewIdShape, updateSavedViewShape } from "@tally/domain";
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from "../services/kpi/list-views";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

/** A member's named views of the KPI list: filters, sort and columns, seen by nobody else. */
export const savedViewRouter = router({
  list: permissionProcedure("kpi.view")
    .input(orgInput({}))
    .query(({ ctx }) => listSavedViews(ctx.db, ctx.actor)),

  create: permissionProcedure("kpi.view")
    .input(orgInput(createSavedViewShape))
    .mutation(({ ctx, input }) => createSavedView(ctx.db, ctx.actor, { name: input.name, filters: input.filters, columns: input.columns })),

  update: permissionProcedure("kpi.view")
    .input(orgInput(updateSavedViewShape))
    .mutation(({ ctx, input }) =>
      updateSavedView(ctx.db, ctx.actor, { viewId: input.viewId, name: input.name, filters: input.filters, columns: input.columns }),
    ),

  delete: permissionProcedure("kpi.view")
    .input(orgInput(savedViewIdShape))
    .mutation(({ ctx, input }) => deleteSavedView(ctx.db, ctx.actor, input.viewId)),
});
