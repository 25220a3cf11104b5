import { objectiveShape, updateObjectiveShape } from "@tally/domain";
import { createObjective, listObjectives, updateObjective } from "../services/objectives";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

export const objectiveRouter = router({
  list: permissionProcedure("objective.view")
    .input(orgInput({}))
    .query(({ ctx }) => listObjectives(ctx.db, ctx.actor)),

  create: permissionProcedure("objective.create")
    .input(orgInput(objectiveShape))
    .mutation(({ ctx, input }) =>
      createObjective(ctx.db, ctx.actor, { name: input.name, description: input.description, ownerMembershipId: input.ownerMembershipId, dueDate: input.dueDate }),
    ),

  update: permissionProcedure("objective.update")
    .input(orgInput(updateObjectiveShape))
    .mutation(({ ctx, input }) =>
      updateObjective(ctx.db, ctx.actor, input.objectiveId, {
        name: input.name,
        description: input.description,
        ownerMembershipId: input.ownerMembershipId,
        dueDate: input.dueDate,
      }),
    ),

});
