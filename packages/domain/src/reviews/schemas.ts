import { z } from "zod";
import { compareIsoDates } from "../kpi/calendar";
import { isoDateSchema } from "../kpi/date-schema";
import { optionalDecimalStringSchema } from "../kpi/decimal";
import { idSchema } from "../kpi/fields";
import { periodEnd, periodStart } from "../kpi/periods";
import { idSchemaWith, textSchema } from "../input/text";

export const REVIEW_SCOPES = ["organization", "team", "objective", "kpis"] as const;
export type ReviewScopeKind = (typeof REVIEW_SCOPES)[number];
export const REVIEW_SCOPE_LABELS: Readonly<Record<ReviewScopeKind, string>> = {
  organization: "Whole organization",
  team: "A team",
  objective: "An objective",
  kpis: "Chosen KPIs",
};

export const REVIEW_PERIODS = ["month", "quarter", "custom"] as const;
export type ReviewPeriodKind = (typeof REVIEW_PERIODS)[number];

export const REVIEW_TITLE_MAX = 120;
export const REVIEW_TEXT_MAX = 4000;
export const REVIEW_MAX_KPIS = 200;
export const REVIEW_MAX_PARTICIPANTS = 100;
/** A custom period longer than this is a typo, and would freeze years of daily values. */
export const REVIEW_MAX_DAYS = 366;

const reviewTitleSchema = textSchema({ max: REVIEW_TITLE_MAX * 2, tooLong: `Use at most ${REVIEW_TITLE_MAX} characters.`, error: "Enter a title." })
  .trim()
  .min(1, "Enter a title.")
  .max(REVIEW_TITLE_MAX, `Use at most ${REVIEW_TITLE_MAX} characters.`);

function uniqueList(label: string) {
  return (ids: readonly string[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) context.addIssue({ code: "custom", path: [index], message: `This ${label} is already in the list.` });
      seen.add(id);
    });
  };
}

function dayCount(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The first and last day of a review period: the month or quarter holding `anchor`, or the custom range as given. */
export function reviewPeriod(kind: ReviewPeriodKind, anchor: string, customEnd: string | null): { periodStart: string; periodEnd: string } {
  if (kind === "custom") return { periodStart: anchor, periodEnd: customEnd ?? anchor };
  const cadence = kind === "month" ? "monthly" : "quarterly";
  const start = periodStart(anchor, cadence, 1);
  return { periodStart: start, periodEnd: periodEnd(start, cadence, 1) };
}

export const startReviewShape = {
  title: reviewTitleSchema,
  scope: z.enum(REVIEW_SCOPES, { error: "Choose what the review covers." }),
  /** The team or objective of a team or objective review. */
  scopeId: idSchema.nullish().transform((id) => id ?? null),
  /** The KPIs of a review of chosen KPIs. */
  kpiIds: z.array(idSchema).max(REVIEW_MAX_KPIS, `Choose at most ${REVIEW_MAX_KPIS} KPIs.`).superRefine(uniqueList("KPI")).default([]),
  period: z.enum(REVIEW_PERIODS, { error: "Choose a month, a quarter or a custom period." }),
  /** Any day of the month or quarter; the first day of a custom period. */
  periodStart: isoDateSchema,
  /** The last day of a custom period; ignored otherwise. */
  periodEnd: z.union([isoDateSchema, z.literal(""), z.null()]).optional().transform((value) => value || null),
  participantMembershipIds: z
    .array(idSchema)
    .max(REVIEW_MAX_PARTICIPANTS, `Invite at most ${REVIEW_MAX_PARTICIPANTS} people.`)
    .superRefine(uniqueList("person"))
    .default([]),
};

type StartShape = z.infer<z.ZodObject<typeof startReviewShape>>;

/** The rules that span several fields of a review's start, with the message beside the field to fix. */
export function checkStartReview(input: StartShape, context: z.RefinementCtx): void {
  if ((input.scope === "team" || input.scope === "objective") && !input.scopeId) {
    context.addIssue({ code: "custom", path: ["scopeId"], message: input.scope === "team" ? "Choose a team." : "Choose an objective." });
  }
  if (input.scope === "kpis" && input.kpiIds.length === 0) context.addIssue({ code: "custom", path: ["kpiIds"], message: "Choose at least one KPI." });
  if (input.period === "custom") {
    if (!input.periodEnd) {
      context.addIssue({ code: "custom", path: ["periodEnd"], message: "Enter the last day of the period." });
    } else if (compareIsoDates(input.periodEnd, input.periodStart) < 0) {
      context.addIssue({ code: "custom", path: ["periodEnd"], message: "The last day must not be before the first." });
    } else if (dayCount(input.periodStart, input.periodEnd) > REVIEW_MAX_DAYS) {
      context.addIssue({ code: "custom", path: ["periodEnd"], message: `Keep a custom period to at most ${REVIEW_MAX_DAYS} days.` });
    }
  }
}

export const startReviewSchema = z.strictObject(startReviewShape).superRefine(checkStartReview);
export type StartReviewInput = z.infer<typeof startReviewSchema>;

export const reviewIdShape = { reviewId: idSchemaWith("Choose a review.") };

const entryTextSchema = textSchema({ max: REVIEW_TEXT_MAX * 2, tooLong: `Use at most ${REVIEW_TEXT_MAX.toLocaleString("en-US")} characters.`, multiline: true, error: "Write something." })
  .trim()
  .min(1, "Write something.")
  .max(REVIEW_TEXT_MAX, `Use at most ${REVIEW_TEXT_MAX.toLocaleString("en-US")} characters.`);

/** A note or a decision, about one KPI of the agenda or (without a KPI) the review as a whole. */
export const reviewEntryShape = {
  ...reviewIdShape,
  kpiId: idSchema.nullish().transform((id) => id ?? null),
  text: entryTextSchema,
};
export const reviewEntrySchema = z.strictObject(reviewEntryShape);
export type ReviewEntryInput = z.infer<typeof reviewEntrySchema>;

export const ADJUSTMENT_KINDS = ["target", "archive", "owner"] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const ADJUSTMENT_LABELS: Readonly<Record<AdjustmentKind, string>> = {
  target: "New target or thresholds",
  archive: "Archive the KPI",
  owner: "New owner",
};

const optionalReason = z
  .union([entryTextSchema, z.literal("")])
  .optional()
  .transform((text) => text ?? "");

/**
 * A change to one KPI made in a review: a target entry from a date (the target, range or thresholds in force from
 * then on), archiving, or a new owner. The KPI's own rules judge it further when it is applied.
 */
const adjustmentBase = { ...reviewIdShape, kpiId: idSchemaWith("Choose a KPI."), reason: optionalReason };

/**
 * A change to one KPI made in a review: a target entry from a date (the target, range or thresholds in force from
 * then on), archiving, or a new owner. The KPI's own rules judge it further when it is applied. One shape per
 * change, so a caller can add its own fields (the organization) to each.
 */
export const adjustmentShapes = {
  target: {
    ...adjustmentBase,
    change: z.literal("target"),
    effectiveFrom: isoDateSchema,
    target: optionalDecimalStringSchema,
    targetMin: optionalDecimalStringSchema,
    targetMax: optionalDecimalStringSchema,
    warning: optionalDecimalStringSchema,
    tolerance: optionalDecimalStringSchema,
  },
  archive: { ...adjustmentBase, change: z.literal("archive") },
  owner: { ...adjustmentBase, change: z.literal("owner"), ownerMembershipId: idSchemaWith("Choose the new owner.") },
};

export const ADJUSTMENT_CHANGE_MESSAGE = "Choose a change: a new target, archiving or a new owner.";

export const reviewAdjustmentSchema = z.discriminatedUnion(
  "change",
  [z.strictObject(adjustmentShapes.target), z.strictObject(adjustmentShapes.archive), z.strictObject(adjustmentShapes.owner)],
  { error: ADJUSTMENT_CHANGE_MESSAGE },
);
export type ReviewAdjustmentInput = z.infer<typeof reviewAdjustmentSchema>;

/**
 * The same adjustment as a form holds it: every field of every change side by side, the ones the chosen change does
 * not use dropped, so a form can switch between changes without losing what was typed.
 */
export const reviewAdjustmentFormSchema = z.discriminatedUnion(
  "change",
  [z.object(adjustmentShapes.target), z.object(adjustmentShapes.archive), z.object(adjustmentShapes.owner)],
  { error: ADJUSTMENT_CHANGE_MESSAGE },
);
