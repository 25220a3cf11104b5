import { objectiveIdSchema, objectiveShape, setKpiWeightShape, updateObjectiveShape } from "@tally/domain";
import { getObjective } from "../services/groups/objective-detail";
import { objectiveHealthHistory } from "../services/groups/objective-history";
import { setKpiWeight } from "../services/groups/objective-weights";
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

  get: permissionProcedure("objective.view")
    .input(orgInput(objectiveIdSchema.shape))
    .query(({ ctx, input }) => getObjective(ctx.db, ctx.actor, input.objectiveId)),

  healthHistory: permissionProcedure("objective.view")
    .input(orgInput(objectiveIdSchema.shape))
    .query(({ ctx, input }) => objectiveHealthHistory(ctx.db, ctx.actor, input.objectiveId)),

  setWeight: permissionProcedure("objective.update")
    .input(orgInput(setKpiWeightShape))
    .mutation(({ ctx, input }) => setKpiWeight(ctx.db, ctx.actor, { objectiveId: input.objectiveId, kpiId: input.kpiId, weight: input.weight })),
});
