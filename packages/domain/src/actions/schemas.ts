import { z } from "zod";
import { isoDateSchema } from "../kpi/date-schema";
import { idSchema } from "../kpi/fields";
import { idSchemaWith, textSchema } from "../input/text";
import { ACTION_STATUSES } from "./status";

export const ACTION_TITLE_MIN = 3;
export const ACTION_TITLE_MAX = 160;
export const ACTION_DESCRIPTION_MAX = 2000;
/** An action corrects a few KPIs at most; a longer list is a second action. */
export const ACTION_MAX_KPIS = 20;
export const ACTION_PAGE_SIZE = 25;

export const actionTitleSchema = textSchema({ max: 1000, tooLong: `Use at most ${ACTION_TITLE_MAX} characters.`, error: "Enter a title." })
  .trim()
  .min(ACTION_TITLE_MIN, `Use at least ${ACTION_TITLE_MIN} characters.`)
  .max(ACTION_TITLE_MAX, `Use at most ${ACTION_TITLE_MAX} characters.`);

export const actionDescriptionSchema = textSchema({ max: ACTION_DESCRIPTION_MAX * 2, tooLong: "Use at most 2,000 characters.", multiline: true })
  .trim()
  .max(ACTION_DESCRIPTION_MAX, "Use at most 2,000 characters.")
  .default("");

export const actionDueDateSchema = isoDateSchema;

/** The KPIs an action corrects: at least one, each named once. */
export const actionKpiIdsSchema = z
  .array(idSchema, { error: "Choose at least one KPI." })
  .min(1, "Choose at least one KPI.")
  .max(ACTION_MAX_KPIS, `Link at most ${ACTION_MAX_KPIS} KPIs; split the work into several actions.`)
  .transform((ids) => [...new Set(ids)]);

export const actionStatusSchema = z.enum(ACTION_STATUSES, { error: "Choose open, done or dropped." });

const actionFields = {
  title: actionTitleSchema,
  description: actionDescriptionSchema,
  ownerMembershipId: idSchemaWith("Choose an owner."),
  dueDate: actionDueDateSchema,
  kpiIds: actionKpiIdsSchema,
};

export const createActionShape = {
  ...actionFields,
  /** The review the action was decided in, if any. */
  reviewId: idSchema.nullish().transform((value) => value ?? null),
};
export const createActionSchema = z.strictObject(createActionShape);

export const actionIdShape = { actionId: idSchema };
export const actionIdSchema = z.strictObject(actionIdShape);

export const updateActionShape = { ...actionIdShape, ...actionFields };
export const updateActionSchema = z.strictObject(updateActionShape);

export const setActionStatusShape = { ...actionIdShape, status: actionStatusSchema };
export const setActionStatusSchema = z.strictObject(setActionStatusShape);

export const listActionsShape = {
  /** Only the actions the member owns. */
  mine: z.boolean().default(false),
  kpiId: idSchema.optional(),
  reviewId: idSchema.optional(),
  status: actionStatusSchema.optional(),
  page: z.number().int().min(1).max(100_000).default(1),
};
export const listActionsSchema = z.strictObject(listActionsShape);

/** The people who could own an action on these KPIs. */
export const actionOwnerOptionsShape = { kpiIds: actionKpiIdsSchema };

export type CreateActionInput = z.infer<typeof createActionSchema>;
export type UpdateActionInput = z.infer<typeof updateActionSchema>;
export type SetActionStatusInput = z.infer<typeof setActionStatusSchema>;
export type ListActionsInput = z.infer<typeof listActionsSchema>;
/** The fields a person fills in the action form, before defaults. */
export type ActionFormInput = z.input<z.ZodObject<typeof actionFields>>;
export const actionFormSchema = z.strictObject(actionFields);
