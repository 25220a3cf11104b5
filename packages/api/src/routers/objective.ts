import { linkKpiObjectiveSchema, objectiveShape, updateObjectiveShape } from "@tally/domain";
import { createObjective, listObjectives, setKpiObjectiveLink, updateObjective } from "../services/objectives";
import { actorOf } from "../trpc/actor";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

export const objectiveRouter = router({
  list: permissionProcedure("objective.view")
    .input(orgInput({}))
    .query(({ ctx }) => listObjectives(ctx.db, actorOf(ctx))),

  create: permissionProcedure("objective.create")
    .input(orgInput(objectiveShape))
    .mutation(({ ctx, input }) =>
      createObjective(ctx.db, actorOf(ctx), { name: input.name, description: input.description, ownerMembershipId: input.ownerMembershipId, dueDate: input.dueDate }),
    ),

  update: permissionProcedure("objective.update")
    .input(orgInput(updateObjectiveShape))
    .mutation(({ ctx, input }) =>
      updateObjective(ctx.db, actorOf(ctx), input.objectiveId, {
        name: input.name,
        description: input.description,
        ownerMembershipId: input.ownerMembershipId,
        dueDate: input.dueDate,
      }),
    ),

  linkKpi: permissionProcedure("objective.update")
    .input(orgInput(linkKpiObjectiveSchema.shape))
    .mutation(({ ctx, input }) => setKpiObjectiveLink(ctx.db, actorOf(ctx), input.objectiveId, input.kpiId, true)),

  unlinkKpi: permissionProcedure("objective.update")
    .input(orgInput(linkKpiObjectiveSchema.shape))
    .mutation(({ ctx, input }) => setKpiObjectiveLink(ctx.db, actorOf(ctx), input.objectiveId, input.kpiId, false)),
});
