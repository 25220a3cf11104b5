import { z } from "zod";
import { optionalIsoDateSchema } from "./date-schema";
import { descriptionSchema, idSchema, kpiNameSchema } from "./fields";

export const objectiveShape = {
  name: kpiNameSchema,
  description: descriptionSchema,
  ownerMembershipId: z.string({ error: "Choose an owner." }).min(1, "Choose an owner.").max(64, "This id is not valid."),
  dueDate: optionalIsoDateSchema,
};

export const objectiveSchema = z.strictObject(objectiveShape);

export const updateObjectiveShape = { ...objectiveShape, objectiveId: idSchema };
export const updateObjectiveSchema = z.strictObject(updateObjectiveShape);

export const objectiveIdSchema = z.strictObject({ objectiveId: idSchema });


export type ObjectiveInput = z.infer<typeof objectiveSchema>;
export type UpdateObjectiveInput = z.infer<typeof updateObjectiveSchema>;
export type ObjectiveIdInput = z.infer<typeof objectiveIdSchema>;
