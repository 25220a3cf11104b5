import { z } from "zod";
import { optionalIsoDateSchema } from "./date-schema";
import { descriptionSchema, idSchema, kpiNameSchema } from "./fields";
import { idSchemaWith } from "../input/text";

export const objectiveShape = {
  name: kpiNameSchema,
  description: descriptionSchema,
  ownerMembershipId: idSchemaWith("Choose an owner."),
  dueDate: optionalIsoDateSchema,
};

export const objectiveSchema = z.strictObject(objectiveShape);

export const updateObjectiveShape = { ...objectiveShape, objectiveId: idSchema };
export const updateObjectiveSchema = z.strictObject(updateObjectiveShape);

export const objectiveIdSchema = z.strictObject({ objectiveId: idSchema });


export type ObjectiveInput = z.infer<typeof objectiveSchema>;
export type UpdateObjectiveInput = z.infer<typeof updateObjectiveSchema>;
export type ObjectiveIdInput = z.infer<typeof objectiveIdSchema>;
